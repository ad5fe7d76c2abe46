"""Israel's defence and foreign ministers since 2024 (roles.csv covers Israel's defence and foreign
ministers): Israel Katz, so spelt, is the PETRARCH2 entry "Yisrael Katz", an Israeli government
actor; in office he has his title. Sentences written for these tests."""

from __future__ import annotations


def test_katz_is_israels_defence_minister(analyze_text):
    article = analyze_text("Israel Katz told troops in the Golan on Sunday that Hezbollah would regret any attack.",
                           published="2025-02-09")
    katz = next(a for a in article.actors if a.name == "Israel Katz")
    assert (katz.country, katz.code) == ("ISR", "ISRGOV"), katz
    assert "Defense Minister of Israel" in katz.roles, katz.roles


def test_saar_is_israels_foreign_minister(analyze_text):
    article = analyze_text("Gideon Saar flew to Vienna on Tuesday for talks on Iran.", published="2025-04-15")
    saar = next(a for a in article.actors if a.id == "gideon-saar")
    assert "Foreign Minister of Israel" in saar.roles, saar.roles


def test_gallant_keeps_his_own_term(analyze_text):
    article = analyze_text("Yoav Gallant toured the Gaza border on Monday.", published="2024-03-04")
    gallant = next(a for a in article.actors if a.id == "yoav-gallant")
    assert "Defense Minister of Israel" in gallant.roles, gallant.roles
