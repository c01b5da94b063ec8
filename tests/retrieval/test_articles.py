"""Parsing articles into numbered, typed blocks: formats, encodings, ids and files."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.articles import (
    SUPPORTED_SUFFIXES,
    article_id_for,
    iter_article_files,
    parse_bytes,
    parse_file,
    parse_html,
    parse_jsonl,
    parse_markdown,
    parse_text,
    read_text,
)
from retrieval.blocks import classify_block
from retrieval.models import UserFacingError
from tests.conftest import ROOT, SEED, SEED_ID, SEED_TITLE

EN_ARTICLE = """\
By Jane Doe and John Smith

(Bloomberg) --

(Bloomberg) -- Secretary of State Marco Rubio pushed for sanctions on Russia, officials said.

By the end of the week, the summit plan had collapsed. "It was time," Trump said.

Marco Rubio, US secretary of state, speaks in Washington on Oct. 21. Photographer: Al Drago/Bloomberg

A Change of Tone

Officials in Europe welcomed the shift, saying it reassured allies.

Read more: Trump Cancels Putin Summit

--With assistance from Alex Wayne.

To contact the reporter on this story: Jane Doe in Washington at jdoe@example.com

(c) 2025 Bloomberg L.P.
"""

JA_ARTICLE = """\
記者：山田太郎

政府は22日、新たな経済対策を発表した。総額は10兆円規模となる。

会見する首相(中央)と財務相(左)

首相は「国民の生活を守る」と述べた。

背景

物価高が続いており、与党内から対策を求める声が強まっていた。

短い段落です。

今後の焦点
"""


def _blocks(text: str) -> list[str]:
    """The reference definition: blank-line-separated chunks, stripped."""
    return [c.strip() for c in re.split(r"\n[ \t\u3000]*\n", text) if c.strip()]


# --- the seed article ----------------------------------------------------------------


def test_seed_article_has_31_blocks_with_known_kinds_and_sections() -> None:
    [article] = parse_file(SEED)
    assert len(article.blocks) == 31
    assert [b.number for b in article.blocks] == list(range(1, 32))
    kinds = {b.number: b.kind for b in article.blocks}
    assert {n for n, k in kinds.items() if k == "heading"} == {8, 19}
    assert {n for n, k in kinds.items() if k == "caption"} == {13}
    assert {n for n, k in kinds.items() if k == "meta"} == {29, 30, 31}
    assert article.sections == ("主導", "混乱")
    assert {article.block(n).section for n in range(1, 8)} == {None}
    assert {article.block(n).section for n in range(9, 19)} == {"主導"}
    assert {article.block(n).section for n in range(20, 29)} == {"混乱"}


def test_seed_article_id_title_and_original_title() -> None:
    [article] = parse_file(SEED)
    assert article.article_id == SEED_ID
    assert article.original_title == SEED_TITLE
    assert article.title == SEED_TITLE
    assert article.source == str(SEED)
    assert article.language == "ja"


def test_seed_block_numbers_equal_counting_blank_line_blocks() -> None:
    text = read_text(SEED)
    [article] = parse_file(SEED)
    assert [b.text for b in article.blocks] == _blocks(text)


def test_every_seed_block_is_a_verbatim_slice_of_the_source() -> None:
    text = read_text(SEED)
    [article] = parse_file(SEED)
    for block in article.blocks:
        assert block.text in text


def test_reparsing_the_same_text_gives_identical_articles() -> None:
    text = read_text(SEED)
    first = parse_text(text, article_id=SEED_ID, name=SEED.name)
    again = parse_text(text, article_id=SEED_ID, name=SEED.name)
    assert first == again
    assert first.content_hash == again.content_hash


def test_shared_seed_copy_parses_to_the_same_article() -> None:
    shared = ROOT.parent / "shared" / "seed" / SEED.name  # ../shared, beside the checkout
    if not shared.exists():
        pytest.skip("shared seed copy not present")
    assert parse_file(shared)[0].content_hash == parse_file(SEED)[0].content_hash


@settings(max_examples=60, deadline=None)
@given(
    chunks=st.lists(
        st.text(alphabet=st.sampled_from("abc あい。.\n"), min_size=1, max_size=30).filter(
            lambda s: s.strip() and not re.search(r"\n\s*\n", s)
        ),
        min_size=1,
        max_size=8,
    ),
    gaps=st.lists(st.sampled_from(["\n\n", "\n \n", "\n\n\n", "\n\t\n\n", "\r\n\r\n"]), min_size=8),
)
def test_blocks_are_the_blank_line_separated_chunks_in_order(
    chunks: list[str], gaps: list[str]
) -> None:
    text = "".join(c + g for c, g in zip(chunks, gaps, strict=False))
    article = parse_text(text, article_id="x", name="x.txt")
    assert [b.text for b in article.blocks] == [c.strip() for c in chunks]
    assert [b.number for b in article.blocks] == list(range(1, len(chunks) + 1))


# --- classification ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("原題:Some Title(抜粋)", "meta"),
        ("原題：別の題", "meta"),
        ("もっと読むにはこちら bloomberg.co.jp", "meta"),
        ("Read more: Trump Cancels Putin Summit", "meta"),
        ("©2025 Bloomberg L.P.", "meta"),
        ("(c) 2025 Reuters", "meta"),
        ("By Jane Doe", "meta"),
        ("By the end of the year, prices had doubled.", "paragraph"),
        ("(Bloomberg) --", "meta"),
        ("(Bloomberg) -- Stocks fell on Monday as investors weighed the data.", "paragraph"),
        ("記者：山田太郎", "meta"),
        ("--With assistance from Alex Wayne.", "meta"),
        ("To contact the reporter on this story: Jane Doe", "meta"),
        ("記者会見する首相(21日、東京・首相官邸)", "caption"),
        ("会見する首相(中央)と財務相(左)", "caption"),
        ("Jane Doe speaks on Oct. 21. Photographer: Al Drago/Bloomberg", "caption"),
        ("政府は22日、対策を発表した(21日、東京)。", "paragraph"),
        ("一方、ロシア側でも混乱が生じていた。", "paragraph"),
    ],
)
def test_classify_block_recognises_meta_captions_and_paragraphs(text: str, kind: str) -> None:
    assert classify_block(text, "本文の段落です。ここに説明が続く。") == kind


@pytest.mark.parametrize(
    ("text", "following", "kind"),
    [
        ("主導", "トランプ氏が最も信頼する側近の一人である。", "heading"),
        ("主導", None, "paragraph"),
        ("主導", "©2025 Bloomberg L.P.", "paragraph"),
        ("主導", "混乱", "paragraph"),
        ("A Change of Tone", "Officials welcomed the shift.", "heading"),
        ("This is a full sentence.", "Officials welcomed the shift.", "paragraph"),
        ("ロシア側でも混乱が生じていたと関係者が述べている長い文", "本文です。", "paragraph"),
        ("- a list item", "Officials welcomed the shift.", "paragraph"),
        ("背景", "会見する首相(中央)と財務相(左)", "heading"),
        # (an interview's question, however short: ――退任の理由は, then the answer)
        ("――退任の理由は", "体力の限界を感じた。", "paragraph"),
        ("—Reporting by Jane Roe", "Officials welcomed the shift.", "heading"),
    ],
)
def test_a_heading_is_short_unpunctuated_and_followed_by_body(
    text: str, following: str | None, kind: str
) -> None:
    assert classify_block(text, following) == kind


def test_english_plain_text_article_gets_meta_caption_and_heading() -> None:
    article = parse_text(EN_ARTICLE, article_id="rubio", name="rubio-shift.txt")
    kinds = [b.kind for b in article.blocks]
    assert kinds == [
        "meta",
        "meta",
        "paragraph",
        "paragraph",
        "caption",
        "heading",
        "paragraph",
        "meta",
        "meta",
        "meta",
        "meta",
    ]
    assert article.block(7).section == "A Change of Tone"
    assert article.title == "rubio shift"
    assert article.original_title is None
    assert [p.number for p in article.passages] == [3, 4, 5, 7]
    assert article.language == "en"


def test_japanese_plain_text_article_with_positional_caption_and_trailing_short_line() -> None:
    article = parse_text(JA_ARTICLE, article_id="ja", name="keizai_taisaku.txt")
    assert [(b.number, b.kind) for b in article.blocks] == [
        (1, "meta"),
        (2, "paragraph"),
        (3, "caption"),
        (4, "paragraph"),
        (5, "heading"),
        (6, "paragraph"),
        (7, "paragraph"),
        (8, "paragraph"),  # a short last line has no body after it, so it is no heading
    ]
    assert article.block(6).section == "背景"
    assert article.block(8).section == "背景"
    assert article.title == "keizai taisaku"


def test_original_title_drops_excerpt_marker() -> None:
    text = "本文です。\n\n原題：Markets Rally on Data (Excerpt)\n"
    article = parse_text(text, article_id="a", name="a.txt")
    assert article.original_title == "Markets Rally on Data"
    assert article.title == "Markets Rally on Data"
    assert article.block(2).text == "原題：Markets Rally on Data (Excerpt)"


# --- markdown ------------------------------------------------------------------------


def test_markdown_leading_title_is_not_a_block_and_hash_headings_are() -> None:
    text = (
        "\n# Rubio's Russia Call\n\nThe **first** paragraph stays verbatim.\n\n"
        "## Background\nOfficials spoke on Tuesday.\n\n### Next steps ###\n\nMore talks are planned.\n"
    )
    article = parse_markdown(text, article_id="m", name="m.md")
    assert article.title == "Rubio's Russia Call"
    assert [(b.number, b.kind, b.text) for b in article.blocks] == [
        (1, "paragraph", "The **first** paragraph stays verbatim."),
        (2, "heading", "Background"),
        (3, "paragraph", "Officials spoke on Tuesday."),
        (4, "heading", "Next steps"),
        (5, "paragraph", "More talks are planned."),
    ]
    assert article.block(3).section == "Background"
    assert article.block(5).section == "Next steps"


def test_markdown_without_title_uses_original_title_then_file_name() -> None:
    with_original = parse_markdown("本文です。\n\n原題:Shift(抜粋)", article_id="m", name="m.md")
    assert with_original.title == "Shift"
    assert with_original.block(2).kind == "meta"
    plain = parse_markdown("#hashtag is text.\n\nMore.", article_id="m", name="my_notes.md")
    assert plain.title == "my notes"
    assert plain.block(1).kind == "paragraph"


# --- html ----------------------------------------------------------------------------

HTML_PAGE = """<!doctype html>
<html><head><title>Rubio Shift | Example News</title>
<meta property="og:url" content="https://example.com/rubio">
<meta property="article:published_time" content="2025-10-23T10:00:00Z">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body>
<nav><p>Home</p><p>World</p></nav>
<article>
  <header><h1>Rubio's Sizing Up</h1><p>By Jane Doe</p></header>
  <p>Secretary   of State Marco
     Rubio pushed <b>for</b> sanctions.<br>Officials said so.</p>
  <figure><img src="x.jpg"><figcaption>Rubio in Washington.</figcaption></figure>
  <h2>Background</h2>
  <p>The summit was <a href="#">cancelled</a>.</p>
  <ul><li>First point.</li><li>Second point.</li></ul>
  <aside><p>Related: something else</p></aside>
  <p>©2025 Example News</p>
  <form><p>Subscribe</p></form>
</article>
<footer><p>Footer text</p></footer>
</body></html>"""


def test_html_takes_article_text_block_by_block() -> None:
    article = parse_html(HTML_PAGE, article_id="h", name="h.html")
    assert article.title == "Rubio Shift | Example News"
    assert article.url == "https://example.com/rubio"
    assert article.published == "2025-10-23T10:00:00Z"
    assert [(b.number, b.kind, b.text) for b in article.blocks] == [
        (1, "paragraph", "Secretary of State Marco Rubio pushed for sanctions. Officials said so."),
        (2, "caption", "Rubio in Washington."),
        (3, "heading", "Background"),
        (4, "paragraph", "The summit was cancelled."),
        (5, "paragraph", "First point."),
        (6, "paragraph", "Second point."),
        (7, "meta", "©2025 Example News"),
    ]
    assert article.block(4).section == "Background"


def test_html_falls_back_to_body_and_first_h1_for_title() -> None:
    page = "<html><body><h1>Headline</h1><main><p>Only paragraph.</p></main></body></html>"
    article = parse_html(page, article_id="h", name="h.htm")
    assert article.title == "Headline"
    assert [b.text for b in article.blocks] == ["Only paragraph."]
    bare = parse_html(
        "<div>First line.<br><br>Second <i>line</i>.</div>", article_id="h", name="b.html"
    )
    assert [b.text for b in bare.blocks] == ["First line.", "Second line."]
    assert bare.title == "b"


@pytest.mark.parametrize(
    "page",
    [
        "<p>Unclosed <b>bold <p>next paragraph</div></span>",
        "<<>><p>text & more &bogus; </p><!-- unterminated",
        "<html><body><table><tr><td>cell one<td>cell two</table><p",
        "<p>日本語の　段落。</p><![CDATA[x]]>",
    ],
)
def test_malformed_html_does_not_crash(page: str) -> None:
    article = parse_html(page, article_id="h", name="bad.html")
    assert article.blocks
    assert all(b.text == b.text.strip() and b.text for b in article.blocks)


def test_html_without_text_is_refused() -> None:
    with pytest.raises(UserFacingError, match=r"empty\.html: no article text"):
        parse_html("<html><script>x()</script></html>", article_id="e", name="empty.html")


# --- jsonl ---------------------------------------------------------------------------


def _line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_jsonl_gives_one_article_per_line_and_skips_blank_lines() -> None:
    text = "\n".join(
        [
            _line(id="a-1", title="First", paragraphs=["One.", "  Two.  "], url="https://x/1"),
            "   ",
            _line(
                id="記事 2",
                title="二本目",
                paragraphs=["背景", "本文です。", "原題:Second Story(抜粋)"],
                published="2025-10-23",
            ),
            "",
        ]
    )
    first, second = parse_jsonl(text, name="bulk.jsonl", source="data/bulk.jsonl")
    assert first.article_id == "a-1"
    assert first.title == "First"
    assert [b.text for b in first.blocks] == ["One.", "Two."]
    assert first.url == "https://x/1"
    assert first.source == "data/bulk.jsonl"
    assert second.article_id.startswith("article-")
    assert second.title == "二本目"
    assert [b.kind for b in second.blocks] == ["heading", "paragraph", "meta"]
    assert second.original_title == "Second Story"
    assert second.published == "2025-10-23"


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", r"bulk\.jsonl line 3: not valid JSON"),
        ("[1, 2]", r"bulk\.jsonl line 3: expected a JSON object"),
        (_line(title="T", paragraphs=["x"]), r'bulk\.jsonl line 3: missing "id"'),
        (_line(id="b", paragraphs=["x"]), r'bulk\.jsonl line 3: missing "title"'),
        (_line(id="b", title="T"), r'bulk\.jsonl line 3: missing "paragraphs"'),
        (_line(id=5, title="T", paragraphs=["x"]), r'line 3: "id" must be a string'),
        (_line(id="b", title="T", paragraphs="x"), r'line 3: "paragraphs" must be a list'),
        (_line(id="b", title="T", paragraphs=[]), r'line 3: "paragraphs" is empty'),
        (_line(id="b", title="T", paragraphs=["x", 3]), r"line 3: paragraph 2 must be a string"),
        (_line(id="b", title="T", paragraphs=["x", " "]), r"line 3: paragraph 2 is empty"),
        (_line(id="b", title="T", paragraphs=["x"], url=1), r'line 3: "url" must be a string'),
        (_line(id="a", title="T", paragraphs=["x"]), r'line 3: id "a" is already used on line 1'),
    ],
)
def test_one_bad_jsonl_line_fails_the_whole_file_naming_the_line(
    bad_line: str, message: str
) -> None:
    text = "\n".join([_line(id="a", title="A", paragraphs=["ok"]), "", bad_line])
    with pytest.raises(UserFacingError, match=message):
        parse_jsonl(text, name="bulk.jsonl")


def test_jsonl_file_is_parsed_through_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl"
    path.write_text(_line(id="x", title="X", paragraphs=["a."]) + "\n", encoding="utf-8")
    [article] = parse_file(path)
    assert (article.article_id, article.source) == ("x", str(path))


# --- encodings -----------------------------------------------------------------------

JA_TEXT = "見出しのない記事です。\n二行目です。\n\n二つ目の段落。"


@pytest.mark.parametrize(
    "data",
    [
        JA_TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + JA_TEXT.encode("utf-8"),
        JA_TEXT.replace("\n", "\r\n").encode("utf-8"),
        JA_TEXT.replace("\n", "\r").encode("utf-8"),
        JA_TEXT.encode("cp932"),
        JA_TEXT.replace("\n", "\r\n").encode("cp932"),
    ],
    ids=["utf8", "utf8-bom", "crlf", "cr", "shift_jis", "shift_jis-crlf"],
)
def test_supported_encodings_and_line_endings_read_the_same(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "記事.txt"
    path.write_bytes(data)
    assert read_text(path) == JA_TEXT
    [article] = parse_file(path)
    assert [b.text for b in article.blocks] == [
        "見出しのない記事です。\n二行目です。",
        "二つ目の段落。",
    ]


@pytest.mark.parametrize(
    "data",
    [
        JA_TEXT.encode("utf-16"),
        JA_TEXT.encode("utf-16-le"),
        "plain ascii".encode("utf-16-le"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        bytes(range(256)),
        b"text with a \x01 control byte",
        b"\xff\xfe\xfd",
    ],
    ids=["utf16", "utf16-le-ja", "utf16-le-ascii", "png", "all-bytes", "control", "junk"],
)
def test_binary_and_other_encodings_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(UserFacingError, match=r"bad\.txt: not a UTF-8 or Shift_JIS text file"):
        parse_file(path)


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t ", b"\xef\xbb\xbf\n"])
def test_empty_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(UserFacingError, match=r"empty\.txt: the file is empty"):
        parse_file(path)


def test_text_is_not_normalised(tmp_path: Path) -> None:
    text = "全角ＡＢＣ１２３と半角ｶﾅ、“curly” — dash.\n\n２段落目。"
    path = tmp_path / "raw.txt"
    path.write_text(text, encoding="utf-8")
    [article] = parse_file(path)
    assert article.block(1).text == "全角ＡＢＣ１２３と半角ｶﾅ、“curly” — dash."


# --- ids, uploads and files ----------------------------------------------------------


def test_article_ids_are_stable_slugs_of_the_file_name() -> None:
    assert article_id_for("000_1f22f8d10cad0239.txt") == SEED_ID
    assert article_id_for("dir/Rubio Russia SHIFT.md") == "rubio-russia-shift"
    digest = hashlib.sha1("記事1".encode()).hexdigest()[:10]
    assert article_id_for("記事1.txt") == f"article-{digest}"
    nfd = unicodedata.normalize("NFD", "ガザ.txt")
    assert article_id_for(nfd) == article_id_for("ガザ.txt")
    long_id = article_id_for("x" * 200 + ".txt")
    assert len(long_id) <= 80
    assert long_id != article_id_for("x" * 199 + ".txt")


@pytest.mark.parametrize(
    "filename", ["../../etc/passwd.txt", "..\\..\\windows\\passwd.txt", "/abs/passwd.txt"]
)
def test_upload_names_count_only_their_base_name(filename: str) -> None:
    [article] = parse_bytes(b"Some text.\n\nMore text.", filename)
    assert article.article_id == "passwd"
    assert article.source == "passwd.txt"
    assert "/" not in article.article_id and ".." not in article.article_id


def test_uploads_dispatch_by_extension_and_refuse_unknown_ones() -> None:
    [md] = parse_bytes(b"# T\n\nBody.", "a.MD")
    assert md.title == "T"
    [html] = parse_bytes(b"<p>Body.</p>", "page.htm", source="discord:123")
    assert html.source == "discord:123"
    with pytest.raises(UserFacingError, match=r"notes\.pdf: unsupported file type") as info:
        parse_bytes(b"%PDF-1.4", "notes.pdf")
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in str(info.value)


def test_directory_walk_is_recursive_sorted_and_skips_hidden_and_readme(tmp_path: Path) -> None:
    for rel in [
        "b.txt",
        "a.md",
        "sub/c.html",
        "sub/deeper/d.jsonl",
        "sub/README.md",
        "README.txt",
        ".hidden.txt",
        ".git/e.txt",
        "notes.pdf",
        "z.HTM",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    files = iter_article_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "a.md",
        "b.txt",
        "z.HTM",
        "sub/c.html",
        "sub/deeper/d.jsonl",
    ]
    explicit = iter_article_files([tmp_path / "sub" / "README.md", tmp_path / "b.txt", tmp_path])
    assert explicit[0] == tmp_path / "sub" / "README.md"
    assert len(explicit) == 6  # b.txt is not listed twice


def test_missing_paths_are_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(UserFacingError, match=r"nope: no such file or directory"):
        iter_article_files([missing])
    with pytest.raises(UserFacingError, match=r"nope\.txt: no such file or directory"):
        parse_file(tmp_path / "nope.txt")


def test_parse_file_refuses_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(UserFacingError, match="unsupported file type"):
        parse_file(path)


# --- real copy: headlines, credits, time stamps, subheads ----------------------------------

JA_COPY = """北浜市、水道料金を来春値上げ　平均12%

【佐藤一郎】

2026年2月3日 18:20

北浜市は3日、水道料金を来年4月から平均12%引き上げると発表した。

◇老朽管の更新急ぐ

市によると、市内の水道管の3割が耐用年数を過ぎている。

（共同）
"""

EN_COPY = """Harbor city to raise water rates 12% next spring

By Jane Roe

Updated 6:20 PM GMT+9, February 3, 2026

KITAHAMA, Japan, Feb 3 (Reuters) - The city of Kitahama said on Tuesday it would raise water rates by 12% from April.

"The pipes will not wait," the mayor said.

(Reporting by Jane Roe; Editing by John Doe)
"""


def test_a_headline_is_the_title_and_credits_and_stamps_are_metadata() -> None:
    ja = parse_text(JA_COPY, article_id="ja", name="ja.txt")
    assert ja.title == "北浜市、水道料金を来春値上げ　平均12%"
    assert [b.kind for b in ja.blocks] == [
        "meta", "meta", "meta", "paragraph", "heading", "paragraph", "meta",
    ]  # fmt: skip
    assert ja.published == "2026-02-03"
    assert [b.number for b in ja.passages] == [4, 6]  # ¶N stays the file's block order
    assert ja.passages[1].section == "◇老朽管の更新急ぐ"
    en = parse_text(EN_COPY, article_id="en", name="en.txt")
    assert en.title == "Harbor city to raise water rates 12% next spring"
    assert [b.kind for b in en.blocks] == ["meta", "meta", "meta", "paragraph", "paragraph", "meta"]
    assert en.published == "2026-02-03"


def test_a_first_paragraph_that_is_a_sentence_is_never_taken_for_a_headline() -> None:
    text = "北浜市は3日、値上げを発表した。\n\n市長は理由を説明した。\n"
    article = parse_text(text, article_id="a", name="a_story.txt")
    assert article.title == "a story"
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]


def test_a_headline_with_a_deck_in_two_sentences_above_a_byline_is_the_title() -> None:
    text = (
        "The last ferry to Orkel sails in May. Islanders are not ready.\n\n"
        "By Tova Lind, Staff Writer\n\n"
        "The county will end the ferry service to Orkel Island in May, officials said Monday.\n"
    )
    article = parse_text(text, article_id="c", name="c.txt")
    assert article.title == "The last ferry to Orkel sails in May. Islanders are not ready."
    assert [b.kind for b in article.blocks] == ["meta", "meta", "paragraph"]
    # (a one-sentence lead above a time stamp stays the lead)
    stamped = parse_text(
        "The county ended the ferry service.\n\nJune 12, 2026\n\nIslanders protested.\n",
        article_id="d",
        name="d.txt",
    )
    assert stamped.blocks[0].kind == "paragraph"


def test_a_photo_caption_dates_the_article_when_nothing_else_does() -> None:
    text = (
        "北浜で初の花火大会\n\n"
        "夜空を彩る花火＝北浜市で2025年8月2日、山田花子撮影\n\n"
        "北浜市で2日、初めての花火大会が開かれた。\n"
    )
    article = parse_text(text, article_id="b", name="b.txt")
    assert [b.kind for b in article.blocks] == ["meta", "caption", "paragraph"]
    assert article.published == "2025-08-02"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # a multi-line byline with an agency-style stamp; a link line after the story
            "Harbor city bans cruise ships from old port\n\n"
            "By JANE ROE\nCity correspondent\nThu 6 Mar 2025 09.10 GMT\n\n"
            "The city of Portmere voted on Wednesday to ban cruise ships from its old port.\n\n"
            "___\nMore city news: https://example.org/city\n",
            "2025-03-06",
        ),
        (  # a stamp with any time-zone abbreviation; a "With files from" credit
            "Harbor workers walk out over cranes\n\n"
            "Published Oct. 9, 2026 at 6:40 a.m. AEST\n\n"
            "Dock workers in Portmere walked off the job on Friday.\n\n"
            "With files from Tom Reyes\n",
            "2026-10-09",
        ),
    ],
)
def test_bylines_stamps_and_credits_are_metadata_with_their_date(text: str, published: str) -> None:
    article = parse_text(text, article_id="c", name="c.txt")
    assert [b.kind for b in article.blocks] == ["meta", "meta", "paragraph", "meta"]
    assert article.published == published


def test_a_desk_byline_a_name_with_its_role_and_a_reported_from_line_are_metadata() -> None:
    ja = parse_text(
        "北浜市で大雨\n\n社会部\u3000川口真一\n\n北浜市で3日、記録的な大雨が降った。\n",
        article_id="d",
        name="d.txt",
    )
    assert [b.kind for b in ja.blocks] == ["meta", "meta", "paragraph"]
    en = parse_text(
        "Harbor city bans cruise ships\n\nAnna Lindqvist Transport correspondent\n\n"
        "The city voted on Wednesday to ban cruise ships from its old port.\n\n"
        "Lindqvist reported from Portmere. Associated Press writer Ken Ito contributed to this "
        "report.\n",
        article_id="e",
        name="e.txt",
    )
    assert [b.kind for b in en.blocks] == ["meta", "meta", "paragraph", "meta"]


def test_a_writer_and_where_they_filed_from_under_the_headline_is_metadata() -> None:
    filed = parse_text(
        "Port strike spreads to three more cities\n\nMarta Quiroga in Valparaíso\n\n"
        "Dock workers walked out in three more cities on Monday.\n",
        article_id="f",
        name="f.txt",
    )
    assert [b.kind for b in filed.blocks] == ["meta", "meta", "paragraph"]
    # (further down, or starting with a function word, such a line is a subhead)
    subheads = parse_text(
        "Port strike spreads to three more cities\n\nThe Strike in Numbers\n\n"
        "Dock workers walked out in three more cities on Monday.\n\nLife in Valparaíso\n\n"
        "Cranes stood idle.\n",
        article_id="g",
        name="g.txt",
    )
    assert [b.kind for b in subheads.blocks] == [
        "meta",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
    ]


def test_a_desk_in_brackets_with_its_writers_and_a_local_dateline_in_brackets_are_metadata() -> (
    None
):
    article = parse_text(
        "町営の給油所が開業\n\n【高知支局】森田一郎、川辺さくら\n\n＜高知・奥川町＞\n\n"
        "奥川町で1日、町営の給油所が開業した。\n\n＜大相撲秋場所＞\n\n本文の段落。\n",
        article_id="k",
        name="k.txt",
    )
    # (an event's name in the same brackets heads a report: no dateline)
    assert [b.kind for b in article.blocks] == [
        "meta",
        "meta",
        "meta",
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert article.title == "町営の給油所が開業"


def test_a_short_question_on_its_own_line_before_body_text_is_a_subhead() -> None:
    text = (
        "Harbor city bans cruise ships\n\n"
        "The city voted on Wednesday to ban cruise ships from its old port.\n\n"
        "What happens next?\n\n"
        "The ban takes effect in May, the council said.\n\n"
        "Asked whether the ban would last, the mayor said: “Who knows?”\n"
    )
    article = parse_text(text, article_id="q", name="q.txt")
    assert [b.kind for b in article.blocks] == [
        "meta",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
    ]
    assert article.passages[1].section == "What happens next?"


def test_a_marked_sentence_is_body_text_not_a_subhead() -> None:
    text = "最初の段落だ。\n\n◇見出し\n\n★の番組は今も放送中。☆は終了した。\n\n本文の段落。\n"
    article = parse_text(text, article_id="m", name="m.txt")
    assert [b.kind for b in article.blocks] == ["paragraph", "heading", "paragraph", "paragraph"]


def test_a_dateline_with_its_year_dates_the_article() -> None:
    text = (
        "Two islands agree on a tuna cap\n\n"
        "PORTMERE, 4 March 2026 - The two island states agreed on Friday to cap the catch.\n\n"
        "The deal runs for five years.\n"
    )
    article = parse_text(text, article_id="g", name="g.txt")
    assert article.published == "2026-03-04"
    no_year = parse_text(text.replace("4 March 2026", "March 4"), article_id="h", name="h.txt")
    assert no_year.published is None


def test_a_full_date_in_the_leads_first_sentence_or_an_ap_caption_dates_the_article() -> None:
    lead = "介護職員が不足　推計\n\n厚生労働省は2026年7月3日、介護職員の推計を公表した。昨年より増えた。\n"
    assert parse_text(lead, article_id="j", name="j.txt").published == "2026-07-03"
    later = "介護職員が不足　推計\n\n厚生労働省は3日、推計を公表した。2025年4月1日に調べた。\n"
    assert parse_text(later, article_id="k", name="k.txt").published is None
    caption = (
        "Museum returns bronzes to Sri Lanka\n\n"
        "EDINBURGH, Scotland (AP) — A museum on Thursday handed back 19 bronzes.\n\n"
        "The museum director looks at a lamp during the handover in Edinburgh, Thursday, "
        "May 21, 2026. (AP Photo/Jane Doe)\n\n"
        "The objects were taken in 1818.\n"
    )
    article = parse_text(caption, article_id="c", name="c.txt")
    assert [b.kind for b in article.blocks][2] == "caption"
    assert article.published == "2026-05-21"


# Each: a dateline alone, a paragraph, another dateline, a subhead, a paragraph, something that
# reads like a dateline but is not one (a subhead), a paragraph.
_DATELINE_TEXTS = [
    "HALIFAX, Nova Scotia, Feb. 3 (AP)\n\n"
    "Ferry crews returned to work on Monday after a two-week strike.\n\n"
    "BERGEN, Oct 9 (Reuters)\n\n"
    "Talks resume\n\n"
    "Negotiators will meet again next month.\n\n"
    "NASA (Photo)\n\n"
    "The agency released the image on Tuesday.\n",
    # no agency: a region or a month and day after the place makes it a dateline
    "MILLBROOK, Ohio\n\n"
    "Residents were told not to drink the water on Wednesday.\n\n"
    "TROMSO, Feb 2\n\n"
    "WHAT COMES NEXT\n\n"
    "Tests will take a week.\n\n"
    "KEY FACTS, FIGURES\n\n"
    "The plant employs 40 people.\n",
    # the dash that opens the story kept on the dateline's line; two places joined by a slash
    "OSLO/STOCKHOLM, March 4 (Reuters) -\n\n"
    "Two ferry lines agreed to merge on Tuesday.\n\n"
    "GRAFTON, Vt. (AP) —\n\n"
    "WHO PAYS\n\n"
    "The towns will share the cost.\n\n"
    "LAST WORD\n\n"
    "A vote is due in June.\n",
    # a place and the dash alone, as a local desk sets it
    "DUNMORE FALLS —\n\n"
    "The county will close two fire stations at night.\n\n"
    "PIKE HOLLOW -\n\n"
    "WHO DECIDES\n\n"
    "The board votes next week.\n\n"
    "WHAT IT COSTS\n\n"
    "Each station costs $2 million a year.\n",
    # a place whose capitals carry accents
    "CÁDIZ, Spain, Nov 18 (Reuters)\n\n"
    "Port workers ended a three-day strike on Tuesday.\n\n"
    "ZÜRICH (Reuters)\n\n"
    "WHAT CHANGES\n\n"
    "Wages rise by 4%.\n\n"
    "ÉTAPES SUIVANTES\n\n"
    "A vote is due in June.\n",
    # Japanese sports and event copy: the day, then the venue
    "4月5日\u3000県立総合プール\n\n"
    "競泳の日本選手権は5日、決勝が行われた。\n\n"
    "12日（土）　市民球場\n\n"
    "◇決勝の結果\n\n"
    "優勝は地元の高校だった。\n\n"
    "◇来年の大会\n\n"
    "来年は県外で開かれる。\n",
    # the day and a place after a comma, when the place ends in a unit of local government
    "3月8日、長野県大町市\n\n"
    "北アルプス山麓マラソンは8日、大町市で開かれた。\n\n"
    "9日、富山県立山町\n\n"
    "◇女子の部\n\n"
    "女子は地元の選手が制した。\n\n"
    "9日、雨の中の決勝\n\n"
    "雨の中でも記録が出た。\n",
]


@pytest.mark.parametrize("body", _DATELINE_TEXTS)
def test_a_dateline_standing_alone_is_metadata_not_a_paragraph_or_a_subhead(body: str) -> None:
    article = parse_text(
        "Ferry strike ends after two weeks\n\n" + body, article_id="f", name="f.txt"
    )
    assert article.title == "Ferry strike ends after two weeks"
    assert [b.kind for b in article.blocks[1:]] == [
        "meta",
        "paragraph",
        "meta",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
    ]


def test_a_wire_photo_credit_or_file_mark_makes_a_caption_but_a_poll_name_does_not() -> None:
    text = (
        "Ferry strike ends after two weeks\n\n"
        "BERGEN, Norway, May 3 (Reuters) -\n\n"
        "FILE PHOTO: A ferry leaves the harbour in Bergen, Norway, April 2, 2025. "
        "REUTERS/Jane Doe/File Photo\n\n"
        "Crews walk past a moored ferry in Bergen on Monday. AFP/John Roe\n\n"
        "Ferry crews returned to work on Monday, a Reuters/Ipsos poll of commuters showed relief.\n"
    )
    article = parse_text(text, article_id="f", name="f.txt")
    assert [b.kind for b in article.blocks][2:] == ["caption", "caption", "paragraph"]
