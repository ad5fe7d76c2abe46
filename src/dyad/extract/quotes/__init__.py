"""Quotes: quotation marks, cues and speakers (``stage``), content spans (``content``), closing
attributions (``closing``), speaker labels (``labels``), work titles that are not quotes
(``titles``), the word lists (``words``). The stage is ``stage.QuoteStage``."""
