"""Events: triggers matched by ``patterns``, their source and target from the parse
(``participants``, unnamed groups by ``groups``), modality (``modality``), date and place
(``context``), codes and scores from the CAMEO/PLOVER ``codebook``. The stage is
``stage.EventStage``."""
