"""Time expressions: found by ``grammar`` (with ``lexicon``'s words), checked against the parse by
``clause``, given TimeML values by ``resolve`` and ``values`` (``fallback`` reads what the grammar
missed with dateparser). The stage is ``stage.TimeStage``."""
