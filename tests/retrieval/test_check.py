"""Engine.check on the real engine: the seed article (GiNZA attribution) and an English story."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.articles import parse_text
from retrieval.check import MAX_DRAFT_CHARS
from retrieval.engine import Engine
from retrieval.models import UserFacingError
from tests.conftest import SEED_ID, HashEmbeddings, make_settings

# An English story written for this test (not published text), with quotes and figures.
HARBOR = """Port Authority Approves Harbor Dredging Plan

The port authority on Tuesday approved a $310 million plan to deepen the northern harbor, the largest project in its 40-year history.

"This channel decides whether the big ships keep coming here or go somewhere else," said Naomi Clarke, the authority's chair.

Philippine Defense Undersecretary Ramon Villanueva, who attended the vote, called the plan "a model for the region."

Work will begin on Oct. 19 and take about three years, officials said. The harbor handled 1.2 million containers last year, up 4.5% from a year earlier.
"""
HARBOR_ID = "harbor"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The seed and the English story, with fast fake embeddings (checks never embed)."""
    data = tmp_path_factory.mktemp("check") / "data"
    engine = Engine(make_settings(data), embeddings=HashEmbeddings())
    engine.sync_articles()
    engine.ingest_articles([parse_text(HARBOR, article_id=HARBOR_ID, name="harbor.txt")])
    yield engine
    engine.close()


def _items(engine: Engine, draft: str, **kw: object) -> list[dict[str, object]]:
    return engine.check(draft, **kw).to_json()["items"]  # type: ignore[arg-type,no-any-return]


def test_a_verbatim_quote_is_exact_with_its_paragraph_and_speaker(engine: Engine) -> None:
    report = engine.check("トランプ氏は「その時が来た」と述べた。")
    assert report.to_json() == {
        "items": [
            {
                "kind": "quote",
                "draft": "その時が来た",
                "status": "exact",
                "article_id": SEED_ID,
                "paragraph": 2,
                "source": "その時が来た",
                "diff": None,
                "draft_speaker": "トランプ",
                "source_speaker": "トランプ",
            }
        ],
        "summary": {"checked": 2, "problems": 0},  # the quote and the name トランプ
    }


def test_a_dropped_word_is_near_and_the_diff_shows_it(engine: Engine) -> None:
    draft = "ルビオ氏は「平和を実現する機会があるなら、われわれは常に対話に関心を持つ」と述べた。"
    (item,) = _items(engine, draft)
    assert item["status"] == "near" and item["paragraph"] == 28
    assert item["source"] == "平和を実現する機会があるのなら、われわれは常に対話に関心を持つ"
    assert "[-の-]" in str(item["diff"])
    assert item["draft_speaker"] == item["source_speaker"] == "ルビオ"


def test_a_changed_particle_is_near(engine: Engine) -> None:
    (item,) = _items(engine, "ルビオ氏は「われわれが常に対話に関心を持つ」と語った。")
    assert item["status"] == "near"
    assert item["diff"] == "われわれ[-は-]{+が+}常に対話に関心を…"


def test_a_quote_credited_to_someone_else_is_a_mismatch_with_both_names(engine: Engine) -> None:
    draft = "ケリー報道官は「有害な勢力が、根拠のない嘘を通じて自分にとって都合の良い話を進めようとしている」と批判した。"
    (item,) = _items(engine, draft)
    assert item["status"] == "mismatch" and item["paragraph"] == 15
    assert (item["draft_speaker"], item["source_speaker"]) == ("ケリー", "ピゴット")


def test_an_invented_quote_is_not_found(engine: Engine) -> None:
    (item,) = _items(engine, "ケリー報道官は「我々は来月にも月面で会談する」と語った。")
    assert item["status"] == "not_found"
    assert item["article_id"] is None and item["source"] is None and item["diff"] is None


def test_a_changed_date_is_reported_with_the_source_value_and_matching_ones_only_counted(
    engine: Engine,
) -> None:
    draft = (
        "トランプ政権は23日、ロシア石油大手のロスネフチとルクオイルに制裁を科すと発表した。"
        "ラブロフ氏はルビオ氏との20日の電話会談でこの相違を強調した。"
    )
    report = engine.check(draft)
    figures = [i for i in report.to_json()["items"] if i["kind"] == "figure"]
    assert figures == [
        {
            "kind": "figure",
            "draft": "23日",
            "status": "mismatch",
            "article_id": SEED_ID,
            "paragraph": 26,
            "source": "22日",
            "diff": "[-22日-]{+23日+}",
            "draft_speaker": None,
            "source_speaker": None,
        }
    ]
    assert report.checked >= 2  # 20日 matched: counted, not listed


def test_a_misspelt_name_and_a_wrong_title_are_reported(engine: Engine) -> None:
    draft = "ルビオ国防長官は対話の余地を残している。ルビア氏は直接会談を含む対話を望む。"
    names = [i for i in _items(engine, draft) if i["kind"] == "name"]
    assert [(n["draft"], n["source"], n["diff"]) for n in names] == [
        ("ルビオ国防長官", "ルビオ国務長官", "ルビオ国[-務-]{+防+}長官"),
        ("ルビア", "ルビオ", "ルビ[-オ-]{+ア+}"),
    ]


def test_items_come_in_draft_order_across_kinds(engine: Engine) -> None:
    draft = (
        "ルビア氏は22日夜、「平和を実現する機会があるのなら、われわれは常に対話に関心を持つ」と述べた。\n\n"
        "トランプ政権は23日、ロスネフチとルクオイルに制裁を科すと発表した。"
    )
    kinds = [(i["kind"], i["draft"]) for i in _items(engine, draft)]
    assert kinds == [
        ("name", "ルビア"),
        ("quote", "平和を実現する機会があるのなら、われわれは常に対話に関心を持つ"),
        ("figure", "23日"),
    ]


def test_english_quote_speaker_figures_and_names(engine: Engine) -> None:
    draft = (
        "The port authority approved a $310 billion plan on Tuesday.\n\n"
        '"This channel decides whether the big ships keep coming here," said Naomi Clark.\n\n'
        'Philippine Defense Secretary Ramon Villanueva called the plan "a model for the region."\n\n'
        "Work will begin on Oct. 19, officials said."
    )
    items = _items(engine, draft, articles=[HARBOR_ID])
    by_kind = {(i["kind"], i["status"]): i for i in items}
    figure = by_kind[("figure", "mismatch")]
    assert (figure["draft"], figure["source"]) == ("$310 billion", "$310 million")
    quote = by_kind[("quote", "near")]
    assert quote["diff"] == "…ing here[- or go somewhere else-],"  # the cut shown
    assert quote["source_speaker"] == "Naomi Clarke"
    names = sorted(str(i["draft"]) for i in items if i["kind"] == "name")
    assert names == ["Naomi Clark", "Philippine Defense Secretary Ramon Villanueva"]
    exact = by_kind[("quote", "exact")]
    assert exact["draft"] == "a model for the region." and exact["paragraph"] == 4


def test_article_narrows_the_sources(engine: Engine) -> None:
    draft = "トランプ氏は「その時が来た」と述べた。"
    (item,) = [i for i in _items(engine, draft, articles=[HARBOR_ID]) if i["kind"] == "quote"]
    assert item["status"] == "not_found"
    with pytest.raises(UserFacingError, match="Unknown article"):
        engine.check(draft, articles=["no_such_article"])


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        ("", "The draft is empty"),
        (" \n\n ", "The draft is empty"),
        ("abc\x00\x01def", "not text"),
        ("あ" * (MAX_DRAFT_CHARS + 1), "too long"),
    ],
)
def test_bad_drafts_get_one_line_and_change_nothing(
    engine: Engine, draft: str, message: str
) -> None:
    before = engine.articles()
    with pytest.raises(UserFacingError, match=message) as raised:
        engine.check(draft)
    assert "\n" not in str(raised.value)
    assert engine.articles() == before


def test_checking_with_no_articles_says_so(tmp_path: Path) -> None:
    empty = Engine(make_settings(tmp_path / "data"), embeddings=HashEmbeddings())
    try:
        with pytest.raises(UserFacingError, match="no articles"):
            empty.check("「こんにちは」と彼は言った。")
    finally:
        empty.close()


def test_a_large_archive_is_searched_for_the_drafts_sources(tmp_path: Path) -> None:
    archive = Engine(make_settings(tmp_path / "data"), embeddings=HashEmbeddings())
    try:
        notes = [
            parse_text(
                f"Council note {n}\n\nThe council of town {n} met on Monday to discuss road number {n}.\n",
                article_id=f"note{n:02d}",
                name=f"note{n:02d}.txt",
            )
            for n in range(25)
        ]
        archive.ingest_articles([*notes, parse_text(HARBOR, article_id=HARBOR_ID, name="h.txt")])
        draft = '"This channel decides whether the big ships keep coming here or go somewhere else," said Naomi Clarke.'
        report = archive.check(draft)
        (quote,) = [i for i in report.items if i.kind == "quote"]
        assert (quote.status, quote.article_id, quote.paragraph) == ("exact", HARBOR_ID, 3)
        assert (
            HARBOR_ID in report.articles and len(report.articles) < 26
        )  # searched, not read whole
    finally:
        archive.close()
