"""Syndicated copies: signatures survive the store, a reprint is found, another story is not."""

from __future__ import annotations

from dyad.store.syndication import COPY_THRESHOLD, band_keys, from_blob, signature, to_blob

STORY = " ".join(f"Sentence {i} says the minister of state {i % 7} met envoy {i * 3} in the capital."
                 for i in range(30))
OTHER = " ".join(f"Paragraph {i}: the league match {i} ended with {i % 4} goals for the home side."
                 for i in range(30))


def test_signature_round_trips_through_a_blob():
    sig = signature(STORY)
    back = from_blob(to_blob(sig))
    assert back.jaccard(sig) == 1.0 and band_keys(back) == band_keys(sig)


def test_reprint_is_a_copy_and_another_story_is_not():
    original = signature(STORY)
    reprint = signature("Sign up for our newsletter. " + STORY[: int(len(STORY) * 0.8)] + " All rights reserved.")
    assert original.jaccard(reprint) >= COPY_THRESHOLD
    assert set(band_keys(original)) & set(band_keys(reprint))
    assert original.jaccard(signature(OTHER)) < COPY_THRESHOLD


def test_short_texts_are_never_compared():
    assert signature("Too short to tell a copy from a coincidence.") is None


def test_articles_stored_before_signatures_get_them(tmp_path):
    from dyad.store import Store
    from dyad.store.syndication import Finder, sign_missing

    with Store(tmp_path / "old.duckdb") as store:
        store.con.execute("INSERT INTO articles (id, text, segments) VALUES ('old', ?, '[]'), ('tiny', 'Short.', '[]')",
                          [STORY])
        assert Finder(store.con).original_of(signature(STORY)) is None
        assert sign_missing(store.con) == 2
        match = Finder(store.con).original_of(signature("Read more. " + STORY))
        assert match is not None and match.original_id == "old"
        assert sign_missing(store.con) == 1  # the short one has none and is looked at again
