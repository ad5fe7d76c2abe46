"""Which names are places, for the actors stage: a place is never a person or an organisation.

The gazetteer (``dyad.extract.places``) is the knowledge: a name it holds as a site (Camp David,
the Vostochny Cosmodrome, Panmunjom), a body of water, a region (the Amur) or a city of 100,000
people or more is a place. Smaller towns are not asked: many carry people's names (Obama, Japan;
Clinton, Iowa), and a person tagged as a person is more likely than a village.
"""

from __future__ import annotations

from dyad.extract.places.gazetteer import load_gazetteer

PLACE_KINDS = {"site", "water", "region", "country"}
BIG_CITY = 100_000


def load_place_names() -> None:
    load_gazetteer()


def is_place_name(name: str, cities: bool = True) -> bool:
    """Whether ``name`` is a place; with ``cities`` False only sites, waters, regions and countries
    count (for a name tagged as a person: Ho, Ghana, has 100,000 people, Cyd Ho is a politician)."""
    gaz = load_gazetteer()
    if name not in gaz:
        return False
    return any(
        entry.kind in PLACE_KINDS or (cities and entry.kind == "city" and entry.population >= BIG_CITY)
        for entry, alternate in gaz.lookup(name)
        if not alternate
    )
