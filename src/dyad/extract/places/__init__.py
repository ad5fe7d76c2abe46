"""Places: names found by ``mentions``, resolved by ``resolve`` against the offline ``gazetteer``
(built from ``sources``; its records and readers in ``entries``). The stage is
``stage.PlaceStage``."""
