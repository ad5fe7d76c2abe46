"""Writers of the store for other tools: GDELT 2.0 event rows (``gdelt``), PLOVER records
(``plover``), Parquet/CSV tables (``tables``), GEXF and GraphML networks (``networks``); ``records``
reads the events they share, ``geo`` and ``tone`` fill GDELT's geography and AvgTone."""
