"""A possessive pronoun on a noun joined by "and" / "or" to a person's name belongs to that person ("Nils Lund or
his half brother Olaf Lund"), not to someone named before in the sentence (issue-20: the sentence "Hon." no
longer ends joins such a phrase to the one before it)."""


def _pronoun_owner(analyze_text, text, pronoun="his"):
    article = analyze_text(text, published="2024-03-05")
    at = text.index(f" {pronoun} ") + 1
    return next((a.name for a in article.actors if any(m.start == at for m in a.mentions)), None)


def test_possessive_in_second_conjunct_is_the_first_persons(analyze_text):
    text = "The estate passed to one of Peter Lund's sons, Nils Lund or his half brother Olaf Lund, the court in Bergen ruled."
    assert _pronoun_owner(analyze_text, text) == "Nils Lund"


def test_and_his_nephew_unchanged(analyze_text):
    # guard: the common "X and his nephew" reading stays
    text = "The farm went to Knut Vik and his nephew Tor Haug, the village council said."
    assert _pronoun_owner(analyze_text, text) == "Knut Vik"
