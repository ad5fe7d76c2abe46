"""A plural noun with a list in apposition ("the three countries, A, B and C", "the two neighbours (A and B)")
stands for each state of the list, not only the first. Sentences written for these tests."""


def test_a_list_in_apposition_names_each_member(state_events):
    found = state_events("Gabon condemned the three countries, Chad, Togo and Benin, on Monday.")
    assert {t for s, t, code in found if s == "GAB" and code.startswith("11")} == {"TCD", "TGO", "BEN"}, found
    found = state_events("Kenya's president criticized the position of the two neighbours (Uganda and Tanzania) "
                         "on the lake dispute on Monday.")
    assert {t for s, t, code in found if s == "KEN" and code.startswith("11")} == {"UGA", "TZA"}, found


def test_a_single_apposition_stays_one(state_events):
    # guard: a plural noun with one apposed phrase names no list ("the protesters, many of them students")
    found = state_events("Gabon condemned its neighbour, Chad, on Monday.")
    assert {t for s, t, code in found if s == "GAB" and code.startswith("11")} == {"TCD"}, found
