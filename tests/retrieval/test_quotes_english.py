"""English quote attribution on wire-style sentences written for these tests."""

from __future__ import annotations

from retrieval.models import Article, Block, Quote
from retrieval.quotes.english import attribute_english


def _quotes(*paragraphs: str) -> list[Quote]:
    article = Article(
        "t", "Test", tuple(Block(i + 1, "paragraph", p) for i, p in enumerate(paragraphs))
    )
    quotes = attribute_english(article)
    for q in quotes:
        assert article.block(q.paragraph).text[q.start : q.end] == q.quote
        assert q.verified
    return quotes


def _who(quotes: list[Quote]) -> list[tuple[int, str, str | None, str | None, bool]]:
    return [(q.paragraph, q.quote, q.speaker, q.speaker_role, q.partial) for q in quotes]


def test_name_said_after_or_before_a_quote_gives_the_full_name_and_title_role() -> None:
    quotes = _quotes(
        "Northwind Airlines Corp. Chief Financial Officer Laura Pike said fuel costs would ease.",
        "“We expect margins to recover by the summer,” Pike said.",
        "Pike said: “The worst is behind us.”",
    )
    role = "Northwind Airlines Corp. Chief Financial Officer"
    assert _who(quotes) == [
        (2, "We expect margins to recover by the summer,", "Laura Pike", role, False),
        (3, "The worst is behind us.", "Laura Pike", role, False),
    ]
    assert "Pike" in quotes[0].speaker_forms


def test_said_name_comma_role_takes_the_appositive_as_the_role() -> None:
    quotes = _quotes(
        "“Nobody in the industry saw this coming,” said Tomas Berg, chief economist at Halden "
        "Securities in Oslo."
    )
    assert _who(quotes) == [
        (
            1,
            "Nobody in the industry saw this coming,",
            "Tomas Berg",
            "chief economist at Halden Securities",
            False,
        )
    ]


def test_a_pronoun_points_at_the_last_person_named_not_one_named_in_passing() -> None:
    quotes = _quotes(
        "Maria Lopez, Ortega’s lawyer, said the appeal would be filed within days.",
        "“Are we surprised? Not at all” she added.",
    )
    assert [(q.quote, q.speaker, q.speaker_role) for q in quotes] == [
        ("Are we surprised? Not at all", "Maria Lopez", "Ortega’s lawyer")
    ]


def test_according_to_a_statement_names_its_source_only_when_the_text_does() -> None:
    quotes = _quotes(
        "Kestrel Biotech Inc. shares rose 12% on Monday.",
        "According to the company’s statement, “enrolment finished ahead of schedule.”",
        "According to a statement, “the board backs management.”",
        "“We will not comment on rumours,” one executive told reporters.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Kestrel Biotech Inc."),
        (3, None),
        (4, None),
    ]
    assert not quotes[0].partial


def test_quoted_as_saying_attributes_the_words_to_the_person_not_the_outlet() -> None:
    quotes = _quotes(
        "Port Authority director Ana Ruiz was quoted by the Harbor Ledger as saying the pier "
        "was “unsafe at any speed.”",
        "The Evening Courier quoted Tom Baxter, a union organiser at the plant, as saying "
        "“nobody was told anything.”",
    )
    assert [(q.speaker, q.speaker_role, q.partial) for q in quotes] == [
        ("Ana Ruiz", "Port Authority director", True),
        ("Tom Baxter", "union organiser at the plant", True),
    ]


def test_a_quote_left_open_continues_with_the_same_speaker_in_the_next_paragraph() -> None:
    quotes = _quotes(
        "“The building was already lost when we arrived,” said fire chief Dina Shah. “We "
        "focused on the houses next door.",
        "“Nobody was hurt, and that is what matters.”",
    )
    assert [(q.paragraph, q.speaker, q.partial) for q in quotes] == [
        (1, "Dina Shah", False),
        (1, "Dina Shah", False),
        (2, "Dina Shah", False),
    ]


def test_the_company_said_in_a_statement_points_back_at_the_company_named_earlier() -> None:
    quotes = _quotes(
        "Vellum Pictures said on Tuesday it would delay its next release.",
        "Analysts had expected the move. “The schedule no longer works for us,” the studio "
        "said in a statement.",
    )
    assert [(q.speaker, q.speaker_forms) for q in quotes] == [
        ("Vellum Pictures", ("Vellum Pictures",))
    ]


def test_a_person_named_with_an_appositive_role_is_found_again_by_surname() -> None:
    quotes = _quotes(
        "Grace Ito, a spokeswoman for the Transport Ministry, said trains would run again.",
        "“Safety checks are complete,” Ito said.",
    )
    assert _who(quotes) == [
        (
            2,
            "Safety checks are complete,",
            "Grace Ito",
            "spokeswoman for the Transport Ministry",
            False,
        )
    ]


def test_a_fragment_in_narrative_is_partial_and_belongs_to_whoever_called_it() -> None:
    quotes = _quotes(
        "Senator Ruth Okoye spoke after the vote.",
        "Okoye called the budget “a gift to nobody” and left the chamber.",
    )
    assert _who(quotes) == [(2, "a gift to nobody", "Ruth Okoye", "Senator", True)]


def test_titles_products_programmes_scare_quotes_and_numbers_are_not_quotes() -> None:
    quotes = _quotes(
        "The studio’s film “Silver Lantern” opens Friday, and its app “Pocketful” tops the charts.",
        "The city launched a programme called “Green Horizon” under its “Fresh Start” plan.",
        "Critics mocked the “innovative” design, which cost “42” million.",
        "The paper ran the headline “Markets Tumble As Rates Hold.”",
        "Mayor Leah Grant replied: “Absolutely Not.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("Absolutely Not.", "Leah Grant")]
