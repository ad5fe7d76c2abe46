import pytest

from dyad.article import Article
from dyad.clean import clean_article
from dyad.clean.captions import is_credit, split_caption
from dyad.errors import EmptyDocument

from .conftest import KINU


def test_doubled_caption_kept_once_with_credit_split_off():
    para = ("Leaders meet in Hanoi on Feb. 27, 2019. (File Photo - AP) "
            "Leaders meet in Hanoi on Feb. 27, 2019. (File Photo - AP)")
    cap = split_caption(para)
    assert cap is not None
    assert cap.caption == "Leaders meet in Hanoi on Feb. 27, 2019."
    assert cap.credit == "(File Photo - AP)"


def test_single_caption_with_name_slash_outlet_credit():
    cap = split_caption("The minister speaks at a news conference in Seoul on Monday. (Kim Min-ji/Yonhap)")
    assert cap is not None and cap.credit == "(Kim Min-ji/Yonhap)"


def test_ordinary_paragraph_ending_in_parenthesis_is_not_a_caption():
    assert split_caption("The talks were held in Geneva (the second round this year).") is None
    assert not is_credit("the second round this year")


def test_two_different_captions_in_one_paragraph_are_not_merged():
    para = "A ship sails in the strait. (Reuters) A different photo of the port at dawn. (Reuters)"
    assert split_caption(para) is None


def test_kinu_segments_offsets_and_captions():
    article = clean_article(Article(text=KINU.read_text(encoding="utf-8")))
    kinds = [s.kind for s in article.segments]
    assert kinds.count("caption") == 4 and kinds.count("credit") == 4
    for seg in article.segments:
        piece = article.text[seg.start : seg.end]
        assert piece == piece.strip() and piece
        if seg.kind == "credit":
            assert piece.startswith("(") and piece.endswith(")")
    first = article.segments[0]
    assert article.text[first.start : first.end].startswith("President of the state-funded")
    assert article.text.count("Lee Sang-sub/The Korea Herald") == 1


def test_title_becomes_a_segment_and_id_is_stable():
    a = clean_article(Article(text="Body text of the story here.", title="A title"))
    b = clean_article(Article(text="Body text of the story here.", title="A title"))
    assert a.text.startswith("A title\n\n") and a.segments[0].kind == "title"
    assert a.id == b.id and len(a.id) == 16
    assert clean_article(Article(text="x y z", url="https://example.org/a")).id != a.id


def test_html_goes_through_trafilatura():
    html = ("<html><head><title>Summit ends</title></head><body><article><h1>Summit ends</h1>"
            + "<p>The leaders of both countries met in Vienna on Tuesday and agreed to continue talks "
              "about trade and security, officials said.</p>" * 3 + "</article></body></html>")
    article = clean_article(Article(text=html))
    assert "<p>" not in article.text and "met in Vienna" in article.text
    assert article.title == "Summit ends"


def test_empty_document_is_refused_with_a_reason():
    try:
        clean_article(Article(text="   \n\n  "))
    except EmptyDocument as exc:
        assert "no text" in str(exc)
    else:
        raise AssertionError("an empty document must raise EmptyDocument")


@pytest.mark.parametrize("day", ["2023-13-45", "2022-02-30", "2023-02-29", "yesterday", "2023-1-5", "2023-11-05junk"])
def test_an_impossible_publication_date_is_refused_with_its_code(day):
    from dyad.errors import BadDate

    with pytest.raises(BadDate) as caught:
        clean_article(Article(text="Japan and South Korea held talks in Tokyo on Monday.", published=day))
    assert caught.value.code == "E112" and day in str(caught.value)


@pytest.mark.parametrize("given, day", [("2024-02-29", "2024-02-29"), ("2023-11-05T09:30:00Z", "2023-11-05"),
                                        ("2023-11-05 09:30", "2023-11-05"), (None, None), ("", None)])
def test_a_real_publication_date_is_kept_as_a_day(given, day):
    article = clean_article(Article(text="Japan and South Korea held talks in Tokyo on Monday.", published=given))
    assert article.published == day
