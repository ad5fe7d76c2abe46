"""Speakers that are several actors at once: "the two leaders said in a joint statement", "both
sides said". The quote's speaker is one group actor named for its members ("Donald Trump and Kim
Jong-un"; the same members in any order make the same group); its country, sector and code are the members' when they share them. The words naming
the group stay the quote's ``speaker_mention``; the members keep the mention itself."""

from __future__ import annotations

from dyad.article import Actor, Article

JOIN = "+"  # between member ids in a group speaker's id


def group_speaker(article: Article, members: list[str]) -> str | None:
    """The id of the group actor of ``members`` (two or more actor ids), made once per article."""
    actors = sorted((a for a in (article.actor(m) for m in dict.fromkeys(members)) if a is not None), key=lambda a: a.id)
    if len(actors) < 2:
        return actors[0].id if actors else None
    group_id = JOIN.join(a.id for a in actors)
    if article.actor(group_id) is None:
        names = [a.name for a in actors]
        article.actors.append(
            Actor(
                id=group_id,
                name=", ".join(names[:-1]) + " and " + names[-1],
                kind="group",
                country=_shared(a.country for a in actors),
                sector=_shared(a.sector for a in actors),
                code=_shared(a.code for a in actors),
            )
        )
    return group_id


def _shared(values) -> str | None:
    values = set(values)
    return values.pop() if len(values) == 1 else None
