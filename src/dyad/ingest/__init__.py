"""Sources: files, folders, JSONL, URLs and standard input, read into raw Articles."""
