""""The bloc" (with adjectives that name no actor: "the West African bloc") stands for the one intergovernmental
organisation named before it. Sentences written for these tests."""


def test_the_bloc_is_the_organisation_named_before(code_roots):
    found = code_roots("EU leaders gathered in Brussels on Thursday, and the bloc agreed to impose new sanctions on Belarus.")
    assert ("IGOEUREEC", "BLR", "16") in found, found
    found = code_roots("Chad declared on Sunday it was leaving ECOWAS. Togo announced on Monday its own "
                       "exit from the West African bloc.")
    assert ("TGO", "IGOWAFWAS", "16") in found, found


def test_a_bloc_led_by_a_state_is_not_the_organisation(code_roots):
    # guard: "the Russian-led bloc" names a state of its own, not the EU named before
    found = code_roots("EU envoys met in Vilnius on Monday. Armenia said on Tuesday it would quit the Russian-led bloc.")
    assert not any(t == "IGOEUREEC" for _, t, _ in found), found
