"""The relevance measure of `dyad eval events`: is there a political event in a sentence at all,
on hand-labelled news leads (precision and recall) and on the five-class set (recall)."""

from types import SimpleNamespace

from dyad.article import Article
from dyad.evaluate.events import evaluate, read_leads


def _geo(tmp_path, texts):
    geo = tmp_path / "geo"
    geo.mkdir()
    body = "".join(f"<article><text>{t}</text></article>" for t in texts)
    (geo / "GWN.xml").write_text(f"<articles>{body}</articles>", encoding="utf-8")
    (tmp_path / "eventdata" / "dev").mkdir(parents=True)  # the dev folder's ../../geo
    return geo


def _runner(violent_word):
    event = SimpleNamespace(cameo="190", plover="ASSAULT", confidence=0.5, trigger=None, source=None,
                            target=None, target_text=None)
    return lambda articles: [
        Article(text=a.text, events=[event] if violent_word in a.text else []) for a in articles
    ]


def test_leads_are_read_with_their_labels(tmp_path):
    geo = _geo(tmp_path, ["A caption. Nothing here.", "Troops shelled a town. More later."])
    leads = {g.id: g for g in read_leads(geo)}
    assert leads["GWN-0"].text == "A caption." and leads["GWN-0"].political is False
    assert leads["GWN-1"].text == "Troops shelled a town." and leads["GWN-1"].political is True


def test_presence_counts_false_alarms_and_misses(tmp_path):
    _geo(tmp_path, ["A caption shelled. Nothing here.", "Troops shelled a town.", "Crowds met."])
    presence = evaluate(tmp_path / "eventdata" / "dev", analyze_many=_runner("shelled"))["all"]["sets"]["leads"]["presence"]
    assert presence["precision"] == 0.5 and presence["recall"] == 1.0 and presence["n"] == 1


def test_no_leads_without_the_geo_files(tmp_path):
    assert list(read_leads(tmp_path / "geo")) == []


def test_wire_leads_are_labelled_split_and_scored(tmp_path):
    from dyad.evaluate.events import read_wire
    from dyad.evaluate.split import part

    wire = list(read_wire())
    assert len(wire) >= 150 and len({g.id for g in wire}) == len(wire)
    assert {part(g.id) for g in wire} == {"tune", "check"}
    political = sum(g.political for g in wire)
    assert 0 < political < len(wire) - political  # most news leads tell no political event
    _geo(tmp_path, ["A caption. Nothing here."])
    figures = evaluate(tmp_path / "eventdata" / "dev", analyze_many=_runner("killed"))
    presence = figures["all"]["sets"]["wire"]["presence"]
    assert presence["n"] == political
    tune, check = figures["tune"]["sets"]["wire"]["presence"], figures["check"]["sets"]["wire"]["presence"]
    assert tune["n"] + check["n"] == political


def test_cameo_ner_sentences_are_read_as_news_prints_them(tmp_path):
    """The set's tokens split "Oslo’s", "rebel-held", "$4.5 billion" and "3,200"; they are read joined
    (a parser reads "Oslo ’ s envoy" as a verb), and the sentence keeps its part (id: the tokenized text)."""
    from dyad.evaluate.events import read_cameo_ner
    from dyad.evaluate.split import part

    tokens = "Oslo ’ s envoy sent $ 4. 5 billion to 3, 200 rebel - held villages .".split()
    tags = ["B-S", "I-S", "I-S", "I-S"] + ["O"] * (len(tokens) - 4)
    path = tmp_path / "ner.txt"
    path.write_text("\n".join(f"{w} {t}" for w, t in zip(tokens, tags, strict=True)) + "\n", encoding="utf-8")
    [gold] = read_cameo_ner(path)
    assert gold.text == "Oslo’s envoy sent $4.5 billion to 3,200 rebel-held villages."
    assert part(gold.key) == part("Oslo ’ s envoy sent $ 4. 5 billion to 3, 200 rebel - held villages.")
    assert gold.key == "Oslo ’ s envoy sent $ 4. 5 billion to 3, 200 rebel - held villages."
