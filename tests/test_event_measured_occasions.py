"""An event measured from another event of its own kind ("the talks came a month after their talks
in Rome") is dated without looping on itself; sentences written for these tests."""

from dyad.run.analysis import analyze

LEAD = "Foreign Minister Lena Holm met her Chilean counterpart Ana Ruiz in Oslo on Friday. "


def test_talks_measured_from_earlier_talks_do_not_loop():
    text = LEAD + "Holm's talks with Ruiz came nearly five weeks after their earlier talks in Rome, and two months after Ruiz's visit to Oslo."
    art = analyze(text, published="2024-05-04")
    assert not art.problems, art.problems
    assert any(e.cameo.startswith("04") for e in art.events), [e.cameo for e in art.events]


def test_drills_measured_from_a_shelling_still_move_a_day():  # guard: the measure still moves the day
    text = ("NIAMEY (AP) -- Chad fired artillery shells near the border on Wednesday, officials said.\n\n"
            "Niger held live-fire drills near the border town of Kiro, a day after Chad's shelling.")
    art = analyze(text, published="2024-05-04")
    assert not art.problems, art.problems
    days = [e.date.value for e in art.events if e.trigger.text.startswith("held")]
    assert days == ["2024-05-02"], [(e.cameo, e.trigger.text, e.date and e.date.value) for e in art.events]
