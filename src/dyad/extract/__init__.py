"""Extraction stages, one subpackage each, in the order the pipeline runs them after the parse:
``times/`` (time expressions and their TimeML values), ``places/`` (toponyms resolved to the
gazetteer), ``quotes/`` (who said what), ``events/`` (who did what to whom). Each subpackage keeps
its stage class in ``stage.py`` and its helpers beside it."""
