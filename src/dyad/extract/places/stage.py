"""The places stage: every location an article names, resolved offline to a gazetteer entry.

One ``Place`` per distinct location, with all its mentions (offsets into ``article.text``).
Finding names is ``mentions``; choosing what they mean is ``resolve``; the
gazetteer is ``gazetteer``.
"""

from __future__ import annotations

from dyad.article import Article, Mention, Place
from dyad.extract.places.entries import Entry, norm
from dyad.extract.places.gazetteer import Gazetteer, load_gazetteer
from dyad.extract.places.mentions import find_candidates
from dyad.extract.places.resolve import Resolved, resolve


class PlaceStage:
    name = "places"
    requires = ("doc", "actors")
    assigns = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None):
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def __call__(self, article: Article) -> Article:
        candidates = find_candidates(article, self.gazetteer)
        article.places = group_places(resolve(candidates, article.text, self.gazetteer))
        return article


def group_places(resolved: list[Resolved]) -> list[Place]:
    """One Place per entry, in order of first mention, with every mention of it."""
    places: dict[str, Place] = {}
    for item in resolved:
        pid = place_id(item.entry)
        if pid not in places:
            places[pid] = _place(pid, item.entry)
        place = places[pid]
        if place.score is None or item.score > place.score:
            place.score, place.reason = item.score, item.reason
        c = item.candidate
        place.mentions.append(
            Mention(c.start, c.end, c.text, metonym=c.metonym, demonym=c.demonym is not None)
        )
    return list(places.values())


def place_id(entry: Entry) -> str:
    """Stable across runs: the GeoNames id when there is one, else kind, country and name."""
    if entry.geonameid:
        return f"geonames:{entry.geonameid}"
    return f"{entry.kind}:{(entry.country or 'xxx').lower()}:{norm(entry.name).replace(' ', '-')}"


def _place(pid: str, entry: Entry) -> Place:
    return Place(
        id=pid,
        name=entry.name,
        country=entry.country,
        lat=round(entry.lat, 4),
        lon=round(entry.lon, 4),
        kind=entry.kind,
        geonameid=entry.geonameid,
    )
