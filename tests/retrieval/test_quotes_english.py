"""English quote attribution on wire-style sentences written for these tests."""

from __future__ import annotations

import pytest

from retrieval.models import Article, Block, Quote
from retrieval.quotes.english import attribute_english
from retrieval.quotes.english_names import build_cast


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


def test_british_titles_without_a_period_find_the_full_name_and_the_sex() -> None:
    quotes = _quotes(
        "Opposition health spokesman Owen Pryce attacked the plan.",
        "“This is a cut dressed up as reform,” Mr Pryce said.",
        "Dr Leila Haddad, a GP in Leeds, backed the minister. Dr Haddad wrote on social media: "
        "“Patients need this now.”",
        "“It will not save a penny,” she said.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Owen Pryce"),
        (3, "Leila Haddad"),
        (4, "Leila Haddad"),
    ]
    assert "Mr Pryce" not in {q.speaker for q in quotes}


def test_an_age_or_a_relative_clause_after_a_name_makes_a_person_and_a_long_subject() -> None:
    quotes = _quotes(
        "Tomas Reyes, 67, who has fished the bay since 1980, said the catch was “the worst I "
        "have ever seen.”",
        "“The nets come up empty,” Reyes told Reuters.",
        "“We were never asked,” said Anya Kerr, who chairs the Harbour Traders Association, a "
        "group of 40 shops. “Not one meeting.”",
    )
    assert _who(quotes) == [
        (1, "the worst I have ever seen.", "Tomas Reyes", None, True),
        (2, "The nets come up empty,", "Tomas Reyes", None, False),
        (3, "We were never asked,", "Anya Kerr", "chairs the Harbour Traders Association", False),
        (3, "Not one meeting.", "Anya Kerr", "chairs the Harbour Traders Association", False),
    ]


def test_a_long_appositive_with_a_described_job_names_the_subject_of_the_verb() -> None:
    quotes = _quotes(
        "Prof Ruth Lange, a hydrologist at the University of Gdansk who did not take part in the "
        "survey, called the figures “alarming but incomplete” on Friday.",
        "“Two dry summers are not a trend,” Lange said in an email.",
        "Glen Arden, a valley in the north of the country, flooded twice.",
        "“The water came in an hour,” Arden said.",
    )
    role = "hydrologist at the University of Gdansk"
    assert _who(quotes) == [
        (1, "alarming but incomplete", "Ruth Lange", role, True),
        (2, "Two dry summers are not a trend,", "Ruth Lange", role, False),
        (4, "The water came in an hour,", None, None, False),  # a valley is no person
    ]


def test_an_unnamed_speaker_is_none_with_the_description_as_role() -> None:
    quotes = _quotes(
        "“Crews are working through the night,” a spokesperson for the port authority said.",
        "“The smoke was everywhere,” said a man in his 60s who lives by the docks.",
        "“Schools will stay shut,” a regional government official said. “Buses too.”",
        "A hospital spokeswoman said: “Visits are suspended.”",
    )
    assert _who(quotes) == [
        (
            1,
            "Crews are working through the night,",
            None,
            "spokesperson for the port authority",
            False,
        ),
        (2, "The smoke was everywhere,", None, "man in his 60s who lives by the docks", False),
        (3, "Schools will stay shut,", None, "regional government official", False),
        (3, "Buses too.", None, "regional government official", False),
        (4, "Visits are suspended.", None, "hospital spokeswoman", False),
    ]


def test_people_who_share_a_surname_are_told_apart_or_left_unknown() -> None:
    quotes = _quotes(
        "Ingrid Solberg, 71, has run the ferry for decades. Her son, Nils Solberg, 38, joined "
        "her in 2015.",
        "“We have never missed a crossing,” Solberg said.",
        "“The boat is older than me,” the younger Solberg said.",
        "“I worry about the winters,” she said.",
    )
    assert _who(quotes) == [
        (2, "We have never missed a crossing,", None, None, False),  # which Solberg?
        (3, "The boat is older than me,", "Nils Solberg", "Ingrid Solberg’s son", False),
        (4, "I worry about the winters,", None, None, False),  # the last named is a son
    ]
    # Only Ben is known to be a person, but a bare "Hale" may be either brother.
    quotes = _quotes(
        "Adam Hale and his brother, Ben Hale, opened the shop in 1998.",
        "“We argued every single day,” Hale said.",
        "“It was worth it,” the elder Hale said.",
    )
    assert [q.speaker for q in quotes] == [None, None]


def test_a_full_sentence_then_a_colon_gives_the_subject_only_when_the_words_are_theirs() -> None:
    quotes = _quotes(
        "Fund manager Carla Odum was scathing in a letter to investors: “The board has lost "
        "the plot.”",
        "Judge Amos Hart quoted a passage in the contract: “All sales are final.”",
        "According to Harlow Bank strategist Leon Marsh, the rally “has further to run.”",
    )
    assert [(q.paragraph, q.speaker, q.partial) for q in quotes] == [
        (1, "Carla Odum", False),
        (2, None, False),  # a passage of a contract is not the judge's words
        (3, "Leon Marsh", True),
    ]


def test_long_and_lowercase_subjects_after_a_quote_and_a_verb_like_reminded() -> None:
    quotes = _quotes(
        "“The agency ignored every warning,” the Office of Fair Trading for the Counties of "
        "North Yorkshire and East Riding said in a report.",
        "“We controlled the game,” coach Mira Vos, 44, said after the final.",
        "Judge Paula Imre reminded the jury that the case was “about evidence, not sympathy.”",
        "“I was lucky,” Ito said through interpreter Dan Shaw. “The wind helped.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Office of Fair Trading"),
        (2, "Mira Vos"),
        (3, "Paula Imre"),
        # (never named in full: the name the copy gives, not the interpreter's)
        (4, "Ito"),
        (4, "Ito"),
    ]


def test_a_speaker_named_in_passing_does_not_stop_a_continued_quote() -> None:
    quotes = _quotes(
        "Captain Ada Kowal scored twice.",
        "“I just kept running,” Kowal said through interpreter Jon Berg. “The goals came.”",
        "“The director wanted more,” said director Sun Lee. “We gave it.”",
        "“We will open in May,” the director said.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Ada Kowal"),
        (2, "Ada Kowal"),
        (3, "Sun Lee"),
        (3, "Sun Lee"),
        (4, "Sun Lee"),
    ]


def test_terms_after_a_characterising_participle_are_not_quotes() -> None:
    quotes = _quotes(
        "Peat bogs, often called “carbon vaults”, cover a tenth of the region.",
        "The grants went to projects described as “shovel ready” in the budget.",
        "Energy Minister Tara Quinn dismissed as “fantasy” reports that she would resign.",
    )
    assert _who(quotes) == [(3, "fantasy", "Tara Quinn", "Energy Minister", True)]


def test_a_pronoun_is_left_unknown_when_another_subject_could_be_meant() -> None:
    quotes = _quotes(
        "Nora Blum, the town's mayor, met the strikers. Their leader, Kai Ode, called the talks "
        "“a first step.”",
        "“We want a date,” she said.",  # Nora Blum or Kai Ode: the text does not say
        "Vera Lind, a spokeswoman for the Water Board, said repairs were under way.",
        "“Pipes will be replaced,” he added.",  # a spokeswoman is not "he"
        "Asked about Ode, Lind said the board had “listened carefully.” “We met him twice,” "
        "she said.",  # Ode is named after a preposition: not a rival subject
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Kai Ode"),
        (2, None),
        (4, None),
        (5, "Vera Lind"),
        (5, "Vera Lind"),
    ]


def test_a_body_in_the_possessive_before_a_name_is_not_the_speaker() -> None:
    quotes = _quotes("“Rents rose again,” the University of Texas’ Lena Dorn said.")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Lena Dorn", None)]


def test_the_company_is_not_a_firm_named_in_passing_after_a_preposition() -> None:
    article = Article(
        "c",
        "t",
        (
            Block(
                1,
                "paragraph",
                "Acme Corp Chief Executive Jane Doe said on Monday the company would cut jobs.",
            ),
            Block(
                2,
                "paragraph",
                '"The market wanted this," said Lisa Park, an analyst at Beta Capital.',
            ),
            Block(3, "paragraph", 'The company said in a filing that the plan was "final".'),
        ),
    )
    final = next(q for q in attribute_english(article) if q.quote == "final")
    assert final.speaker == "Acme Corp"


def test_a_company_statement_is_the_company_s_and_a_class_known_as_is_a_name() -> None:
    quotes = _quotes(
        "Kestrel Robotics Inc. said orders rose in the quarter.",
        "According to a company statement, “demand for warehouse robots remains strong.”",
        "The drug belongs to a class known as “gliptins,” which lower blood sugar.",
    )
    assert _who(quotes) == [
        (2, "demand for warehouse robots remains strong.", "Kestrel Robotics Inc.", None, False)
    ]


def test_a_body_that_said_in_a_relative_clause_is_the_speaker() -> None:
    quotes = _quotes(
        "The study was paid for by the Harwick Foundation, which said in a statement that the "
        "results were “a turning point for rural clinics”."
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("a turning point for rural clinics", "Harwick Foundation")
    ]


def test_an_occupation_before_or_after_a_name_makes_it_a_person_and_no_part_of_the_name() -> None:
    quotes = _quotes(
        "Cellist Maren Ostby, center, after the concert. “I played it for my teacher,” Ostby said.",
        "Ivo Brandt, a critic for the magazine Stagecraft, called the finale “a small miracle,” "
        "though he found the opening slow.",
        "One passenger, Lena Voss, was quoted by a local radio station as saying: “We held hands.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Maren Ostby"),
        (2, "Ivo Brandt"),
        (3, "Lena Voss"),
    ]


def test_the_bank_points_back_at_a_central_bank_and_a_biography_title_is_no_quote() -> None:
    quotes = _quotes(
        "The Reserve Bank of Fiji kept its policy rate at 2% on Tuesday.",
        "“Holding steady is the prudent course,” the bank said in a statement.",
        "A 2019 biography, “The Long Shore,” revived interest in her work.",
    )
    assert _who(quotes) == [
        (2, "Holding steady is the prudent course,", "Reserve Bank of Fiji", None, False)
    ]


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in _quotes(*paragraphs)]


def test_she_added_points_past_someone_named_after_a_preposition() -> None:
    found = _speakers(
        "Mira Okafor-Lund, 41, started the bakery chain in 2019 with Tom Reyes, a former chef. "
        "She said it would open six shops next year. “We bake for neighbourhoods, not malls,” "
        "she added."
    )
    assert found == [("Mira Okafor-Lund", None)]


def test_an_appositive_describing_the_subject_does_not_become_the_speaker() -> None:
    found = _speakers(
        "Backers include Halvard Capital. Halvard, the investment arm of shipping group Halvard "
        "Holdings, said in a statement that the deal was “a natural extension of our fleet.”"
    )
    assert found[0][0] == "Halvard Capital"


def test_a_relative_clause_after_a_named_speaker_is_theirs() -> None:
    [_, fragment] = _quotes(
        "“Too many lenders are chasing too few borrowers,” said Priya Nandakumar, an analyst "
        "at Corvid Research in Mumbai, who warned of “a painful year” for smaller banks."
    )
    assert (fragment.quote, fragment.speaker, fragment.partial) == (
        "a painful year",
        "Priya Nandakumar",
        True,
    )


def test_a_body_followed_by_which_is_an_organisation_that_can_speak() -> None:
    [q] = _quotes(
        "“The crew followed every procedure,” according to a statement from Veltro Marine, "
        "which said it was cooperating with investigators."
    )
    assert q.speaker == "Veltro Marine"


def test_a_second_verb_of_the_same_subject_keeps_it() -> None:
    found = _speakers(
        "Harbour master Elena Cruz said the channel would reopen on Friday.",
        "She said divers would inspect the hull first, but warned that the work could take "
        "“days, not hours” if the weather turned.",
    )
    assert [s for s, _ in found] == ["Elena Cruz"]


def test_he_after_an_unnamed_subject_is_that_unnamed_person() -> None:
    found = _speakers(
        "Dock worker Sam Oduya, 52, called the delay “a nightmare.”",
        "A crane operator who asked not to be named said shifts had been cancelled. "
        "“Nobody knows when the next ship comes,” he said.",
    )
    assert found == [("Sam Oduya", None), (None, "crane operator")]


def test_a_body_named_by_its_nation_speaks_for_itself() -> None:
    found = _speakers(
        "The trial is funded by the Norwegian government, which said in a statement that it "
        "was “a model for the region”.",
        "According to a statement from the Chilean foreign ministry, “Chile will share its "
        "data with every neighbour.”",
    )
    assert [s for s, _ in found] == ["Norwegian government", "Chilean foreign ministry"]


def test_letters_after_a_name_are_not_part_of_it() -> None:
    [q] = _quotes(
        "The inquiry, led by the barrister Ruth Adeyemi KC, reported on Monday. Adeyemi wrote "
        "that the practice had been “careless and deliberately hidden”."
    )
    assert q.speaker == "Ruth Adeyemi"


def test_the_treasury_is_a_body() -> None:
    [q] = _quotes(
        "The Treasury said in a statement that the budget was “sound but exposed to risks”."
    )
    assert q.speaker == "Treasury"


def test_a_single_place_word_before_which_is_not_made_a_company() -> None:
    article = Article(
        "t",
        "Test",
        (
            Block(
                1, "paragraph", "Thailand, which operates several dams, said it would share data."
            ),
            Block(
                2,
                "paragraph",
                "“The data will be public,” according to Mekhala Power, which runs them.",
            ),
        ),
    )
    names = {e.name: e.kind for e in build_cast(article).entities}
    assert "Thailand" not in names
    assert names.get("Mekhala Power") == "company"


def test_a_name_based_somewhere_is_a_body_whose_statement_speaks_for_it() -> None:
    [q] = _quotes(
        "The operator, Oslo-based Fjellstrand Line, said nobody was hurt. According to a "
        "statement issued by Fjellstrand Line, the company “regrets the damage to the quay.”"
    )
    assert q.speaker == "Fjellstrand Line"


def test_one_word_after_a_degree_word_is_the_writer_s_scare_quote() -> None:
    quotes = _quotes(
        "Critics complained that the programme had become too “safe” in recent years. "
        "“I have never seen queues like this,” said one volunteer."
    )
    assert [q.quote for q in quotes] == ["I have never seen queues like this,"]


def test_a_whole_sentence_after_quoted_as_saying_is_not_partial() -> None:
    [q] = _quotes(
        "Fire chief Amir Rahman was quoted by local media as saying “The cab was crushed "
        "almost flat and it took our team two hours to reach the men.”"
    )
    assert (q.speaker, q.partial) == ("Amir Rahman", False)


def test_a_quote_after_someone_s_reported_speech_is_theirs() -> None:
    quotes = _quotes(
        "Mira Holt, policy director at the Open Data Trust, said users had no way to object. "
        "“The people being recorded never agreed to anything.”"
    )
    assert [(q.speaker, q.partial) for q in quotes] == [("Mira Holt", False)]


def test_a_reporting_clause_after_a_fragment_names_its_speaker() -> None:
    [q] = _quotes(
        "Norway is ready to “share the burden” of supporting prices, Energy Minister "
        "Ola Brekke said on Tuesday."
    )
    assert (q.speaker, q.partial) == ("Ola Brekke", True)


def test_a_public_body_described_by_words_no_named_body_has_is_named_as_written() -> None:
    quotes = _quotes(
        "Police said two people were missing. “We are searching the river,” a police officer "
        "said. The town administration said in a statement that the alarm had sounded “as soon "
        "as readings crossed the threshold”."
    )
    # Not the police, the last body named: the body the text names.
    assert quotes[-1].speaker == "town administration"


def test_a_term_after_an_article_in_plain_narrative_is_not_a_quote() -> None:
    quotes = _quotes(
        "In an interview, the founder brushed off talk of an “AI bubble” and said the company "
        "could wait. Ito said the bank was not on a “pre-set course” and would watch tariffs."
    )
    # The second is inside reported speech: it may be Ito's word, so it stays a quote.
    assert [q.quote for q in quotes] == ["pre-set course"]


def test_a_statement_from_a_body_an_appositive_describes_is_that_body_s() -> None:
    quotes = _quotes(
        "Exporters are watching the talks closely.",
        "According to a statement from Cafexa, an association of Colombian coffee growers, the "
        "delay “is costing small farms their harvest money.”",
    )
    assert _who(quotes) == [
        (2, "is costing small farms their harvest money.", "Cafexa", None, True)
    ]


def test_a_quote_opening_a_paragraph_after_someone_s_reported_speech_is_theirs() -> None:
    quotes = _quotes(
        "About 400 cleaners at Brightwell Facilities walked out on Monday.",
        "Diana Ruskin, operations director of Brightwell Facilities, said in an interview that "
        "the firm had offered what it could afford.",
        "“Our contracts are fixed for two years. We cannot find more money overnight.",
        "“If the council raises its fees, we will pass that on at once.”",
        "According to a statement from the company, managers “are ready to meet at any time.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (3, "Diana Ruskin"),
        (4, "Diana Ruskin"),
        (5, "Brightwell Facilities"),
    ]


def test_a_nation_s_body_named_in_common_nouns_is_who_the_bank_is_later() -> None:
    quotes = _quotes(
        "Chile's central bank held its main rate at 5% on Thursday.",
        "“Prices are still rising too fast,” said Ana Rojas, an economist at Pacifico Bank.",
        "According to a statement from the bank, the board “will act if inflation persists.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Ana Rojas"),
        (3, "Chile's central bank"),
    ]


def test_a_term_no_one_is_found_saying_is_not_a_quote() -> None:
    quotes = _quotes(
        "Engineers have long described the valve as a “heart” of the whole plant.",
        "Growers have taken to calling the rule the “night clause”.",
        "The port, which has long marketed itself as “the gateway of the north”, is busy.",
        "The panel praised Lund, 64, for “a lifetime of patient work,” saying she changed the field.",
    )
    assert [q.quote for q in quotes] == ["a lifetime of patient work,"]


def test_a_role_at_a_body_named_by_a_common_noun_is_the_one_person_holding_it() -> None:
    quotes = _quotes(
        "Coastline Ferries cancelled its night crossings after an engine fire, a decision the "
        "operator's chief executive called “painful but necessary.”",
        "Chief Executive Maria Santos, 52, said the fleet would be inspected.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("painful but necessary.", "Maria Santos")]


def test_a_role_two_people_hold_names_no_speaker() -> None:
    quotes = _quotes(
        "The carrier's president called the delay “regrettable.”",
        "President Ana Ruiz of Coastline Ferries and President Ken Ito of Harbor Lines met.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("regrettable.", None)]


def test_it_said_points_back_at_the_body_a_common_noun_before_its_name_made_one() -> None:
    quotes = _quotes(
        "Garden retailer Hollin Stores cut its outlook on Monday, and the chain said it now "
        "expected sales “at the bottom of the range.”",
        "The group kept its dividend, though it said it would finish “well short of last year”.",
    )
    assert [q.speaker for q in quotes] == ["Hollin Stores", "Hollin Stores"]


def test_and_inside_a_title_does_not_make_two_speakers() -> None:
    quotes = _quotes(
        "His counterpart, Trade and Industry Minister Oren Vale, called the deal “a fair start.”",
        "Tara Quill and Ben Moss called the plan “too slow.”",
        "Smith & Co. and Lane Ltd said in a joint statement: “We will merge.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("a fair start.", "Oren Vale"),
        ("too slow.", None),  # two people: no one speaker
        ("We will merge.", None),  # two companies
    ]


def test_a_statement_from_a_body_with_three_modifiers_or_named_by_its_noun() -> None:
    quotes = _quotes(
        "According to a statement from the New Zealand foreign ministry, the talks “will resume "
        "in the spring”.",
        "Dr Lina Hart, a chemist at the Orrin Institute of Marine Science, led the study.",
        "According to a statement from the institute, the team “has applied for more funding”.",
    )
    assert [q.speaker for q in quotes] == [
        "New Zealand foreign ministry",
        "Orrin Institute of Marine Science",
    ]


def test_a_lowercase_role_before_a_name_after_the_quote() -> None:
    [q] = _quotes(
        "“We are not against the machines,” union president Carla Mendes told reporters outside."
    )
    assert q.speaker == "Carla Mendes"


def test_a_titled_person_of_a_body_is_the_speaker_not_the_body() -> None:
    [q] = _quotes("Professor Jun Ito of Kyoto University said the results were “striking.”")
    assert q.speaker == "Jun Ito"


def test_an_age_a_held_role_a_question_mark_and_an_aside_still_find_the_speaker() -> None:
    quotes = _quotes(
        "Eva Moss, 34, took gold in the final.",
        "“I can't believe it,” the 34-year-old said.",
        "Central bank governor Ito Ken said rates would stay low.",
        "“Inflation is not yet stable,” the bank's governor said.",
        "“Why now?” Senator Ruth Ames asked.",
        "Jan Holt, however, said: “The vote was fair.”",
    )
    assert [q.speaker for q in quotes] == ["Eva Moss", "Ito Ken", "Ruth Ames", "Jan Holt"]


def test_acronyms_participles_and_a_statement_subject_find_the_body_or_person() -> None:
    quotes = _quotes(
        "Workers at Baltic Grain Terminals (BGT), the largest grain operator in the port, "
        "walked out on Monday.",
        "BGT said in a statement that the changes were “needed to stay competitive”.",
        "Ostmark & Lund, the Danish furniture and lighting chain, was hacked in May.",
        "According to a statement, the company “has found no sign that passwords were taken”.",
        "Minister Tara Quill defended the budget, telling parliament it was “lean but fair”.",
        "“We lost focus,” Dan Reyes said, adding: “That will not happen again.”",
        "The Port of Aarhus Authority said the delay “will grow every day”, adding that other "
        "berths were open.",
        "A criminal group calling itself “NightOwl” claimed the attack.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("needed to stay competitive", "Baltic Grain Terminals"),
        ("has found no sign that passwords were taken", "Ostmark & Lund"),
        ("lean but fair", "Tara Quill"),
        ("We lost focus,", "Dan Reyes"),
        ("That will not happen again.", "Dan Reyes"),
        ("will grow every day", "Port of Aarhus Authority"),
    ]


def test_a_surname_that_speaks_after_a_quote_makes_the_full_name_a_person() -> None:
    quotes = _quotes(
        "Ada Nwosu won the final on Sunday, beating the second seed, Lars Berg.",
        "“I have not taken it in yet,” Nwosu said.",
        "“This is for everyone at home,” he added.",
    )
    assert [q.speaker for q in quotes] == ["Ada Nwosu", "Ada Nwosu"]


def test_an_unnamed_speaker_is_not_the_person_after_a_preposition_or_the_last_one_named() -> None:
    quotes = _quotes(
        "Airline president Ken Mori said the route would start in June.",
        "A Portland travel agent who books Japan tours said clients wanted it. “Half my "
        "customers go to Kyoto anyway,” she said.",
        "A senior adviser to Mori, speaking on condition of anonymity, said demand “could "
        "surprise everyone”.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("Half my customers go to Kyoto anyway,", None),
        ("could surprise everyone", None),
    ]
    assert quotes[0].speaker_role == "Portland travel agent"


def test_the_company_is_the_one_the_story_is_about_not_a_firm_hired_in_passing() -> None:
    quotes = _quotes(
        "OTTAWA (Reuters) - Furniture chain Maple & Birch said on Monday that hackers had "
        "reached its customer files.",
        "The company, which runs 90 stores, said it saw “unusual traffic” on its servers.",
        "Its chief executive said the company had hired security firm Quarry Labs to look into "
        "it and had told the Office of the Information Commissioner.",
        "According to a notice posted on its website, the company “has no sign the data was "
        "used,” but it asked customers to watch for fake emails.",
        "“We have a report from the retailer,” a spokesperson for the Office of the Information "
        "Commissioner said.",
    )
    assert [(q.quote[:12], q.speaker) for q in quotes] == [
        ("unusual traf", "Maple & Birch"),
        ("has no sign ", "Maple & Birch"),
        ("We have a re", "Office of the Information Commissioner"),
    ]


def test_a_term_the_writer_classes_is_no_quote_and_a_rejection_is_the_rejecters() -> None:
    quotes = _quotes(
        "The Federation of Dutch Nurses (NVV) and the National Patients' Council joined talks.",
        "Analyst Ruth Gale said rota systems, often treated internally as “admin tools”, were "
        "easy to attack.",
        "The ministry offered a 2% rise, a deal the NVV rejected on Friday as “an insult.”",
        "The National Patients' Council said it “shares the nurses' worries”.",
        "Health Minister Ana Smit was quoted as saying the plan “stays on the table” but that "
        "the full demand would cost 900 million euros, “money we do not have.”",
    )
    assert [(q.quote, q.speaker, q.partial) for q in quotes] == [
        ("an insult.", "Federation of Dutch Nurses", True),
        ("shares the nurses' worries", "National Patients' Council", True),
        ("stays on the table", "Ana Smit", True),
        ("money we do not have.", "Ana Smit", True),
    ]


def test_a_slogan_and_what_a_class_of_people_call_a_thing_are_no_quotes() -> None:
    quotes = _quotes(
        "“We will not wait,” Rosa Vega told the rally, where many waved her campaign slogan, "
        "“Pan y trabajo”.",
        "Analysts said rents had hit what economists call an “affordability wall”, while "
        "Mayor Jo Lin said the city faced what she called “a perfect storm”.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("We will not wait,", "Rosa Vega"),
        ("a perfect storm", "Jo Lin"),
    ]


def test_names_with_accents_a_call_with_analysts_and_a_role_before_a_name_of_a_firm() -> None:
    quotes = _quotes(
        "Lucía Ríos, a spokeswoman for the campaign, said the plan was “a pipe dream”.",
        "Chief Executive Tom Hale said on a call with analysts: “We priced it fairly.”",
        "“The room was half empty,” said auctioneer Chris Doukas of Harbourline Property.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("a pipe dream", "Lucía Ríos"),
        ("We priced it fairly.", "Tom Hale"),
        ("The room was half empty,", "Chris Doukas"),
    ]


def test_the_statement_is_the_one_named_before_and_a_jury_is_a_body() -> None:
    quotes = _quotes(
        "Profit will reach ¥40 billion, the Osaka-based company Kiri Foods said in a statement.",
        "Kiri also raised its dividend. According to the statement, “demand stayed strong.”",
        "The award jury praised the author for “a rare, patient voice,” saying the book would last.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("demand stayed strong.", "Kiri Foods"),
        ("a rare, patient voice,", "award jury"),
    ]


def test_a_statement_named_earlier_in_the_paragraph_and_terms_after_its() -> None:
    quotes = _quotes(
        "Seoul-based cryptocurrency exchange Norvex halted withdrawals after thieves emptied one "
        "of its “hot wallets”, the company said.",
        "Norvex said in a statement posted online that the wallet had been isolated. According "
        "to the statement, customer funds were “safe and unaffected”.",
        "The Korean Digital Rights Network said in a statement that the rules “came too late”.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("safe and unaffected", "Norvex"),
        ("came too late", "Korean Digital Rights Network"),
    ]


def test_the_statement_said_who_clause_speakers_and_an_acronym_in_brackets() -> None:
    quotes = _quotes(
        "Professor Kenji Aoki was dismissed on Monday.",
        "In a statement issued through his lawyer, Aoki said he would appeal.",
        "“I accept that there were failures,” the statement said. “But I never faked data.”",
        "Mei Sato, who studies research ethics at Keiyo University, said it was a warning. "
        "“Audits must be routine,” she said.",
        "“Nobody wants a strike,” said Ann Byrne, president of the Irish Cabin Union (ICU). "
        "“But pay has fallen for four years.”",
        "According to a statement, the airline has rebooked most passengers, and others “will "
        "be offered a refund.”",
    )
    assert [(q.quote[:12], q.speaker) for q in quotes] == [
        ("I accept tha", "Kenji Aoki"),
        ("But I never ", "Kenji Aoki"),
        ("Audits must ", "Mei Sato"),
        ("Nobody wants", "Ann Byrne"),
        ("But pay has ", "Ann Byrne"),
        ("will be offe", None),  # no airline named before: unknown, not guessed
    ]


def test_a_name_after_a_countrys_possessive_and_a_surname_with_a_who_clause() -> None:
    quotes = _quotes(
        "Her coach, Ken Mori, 61, said the result proved she “can beat anyone.”",
        "She beat Kenya's Ruth Kiprono by 41 seconds.",
        "Kiprono, who led for much of the race, said the heat had hurt. “It was heavy,” she said.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("can beat anyone.", "Ken Mori"),
        ("It was heavy,", "Ruth Kiprono"),  # not the coach named before
    ]


def test_a_whose_clause_with_a_relative_marks_a_person_and_her_quotes_follow() -> None:
    quotes = _quotes(
        "Harbour Minister Tom Reid said the report would be published in full.",
        "Mere Karaka, whose 17-year-old son died in the collapse, said the findings confirmed "
        "what families had feared.",
        "“Everyone knew that wall was cracking. Nobody closed the road.",
        "“A year on, I still want to know why,” she said.",
        "Karaka, who now leads a families' group, was quoted by local radio as saying, “We "
        "are not asking for money. We are asking for answers.”",
    )
    assert [q.speaker for q in quotes] == ["Mere Karaka"] * 3  # not the minister named first


def test_a_body_speaks_through_its_spokesperson_and_as_the_group_after_according_to() -> None:
    quotes = _quotes(
        "The crash involved a train run by Southvale Rail, which carries 40,000 people a day.",
        "A Southvale spokesperson said in a statement the company “accepts the findings in "
        "full.” “We will fix it,” a Southvale spokesperson said.",
        "The Coastal Safety Commission (CSC) said the barrier had been “visibly damaged” for "
        "weeks.",
        "Exports fell 8%, according to the Anatolian Mills Association. The group said in a "
        "statement that the cuts put “up to 9,000 jobs” at risk.",
    )
    assert [q.speaker for q in quotes] == [
        "Southvale Rail",
        "Southvale Rail",
        "Coastal Safety Commission",
        "Anatolian Mills Association",
    ]


def test_words_mentioned_as_words_are_not_quotes() -> None:
    quotes = _quotes(
        "Inspectors noted that the word “leak” appeared 19 times in the log.",
        "Doctors warn of a growing “drug lag” problem, the term used for medicines approved "
        "abroad but not at home.",
        "“We saw it coming,” said Ada Quinn, a nurse.",
    )
    assert [q.quote for q in quotes] == ["We saw it coming,"]


def test_the_member_after_an_unnamed_member_is_that_one_not_a_named_member() -> None:
    quotes = _quotes(
        "Council member Rosa Diaz called the cut “short-sighted.”",
        "A council member who voted for the budget, and who asked not to be named, said the "
        "orchestra had been warned. “They had warnings,” the member said.",
    )
    assert _who(quotes)[1][2:4] == (None, "council member")


def test_a_husband_in_her_description_does_not_make_her_he() -> None:
    quotes = _quotes(
        "“We will strike again on Friday,” said Niamh Burke, the union's president.",
        "Orla Quinn, 38, a nurse travelling with her husband and two children, said their "
        "flight had been cancelled. “We found out at midnight,” she said.",
    )
    assert [q.speaker for q in quotes] == ["Niamh Burke", "Orla Quinn"]


def test_a_whole_quote_after_a_colon_ending_a_clause_about_one_named_person() -> None:
    quotes = _quotes(
        "Rosa Vega, 67, said she had gone 11 days without water. “Not this time,” she said. "
        "Her grandson, Diego Vega, 19, was more cautious: “I want to see who builds it.”",
        "The report was blunt: “Nothing has improved.”",
        "Inspector Carl Moe and Mayor Jo Lin toured the site: “It is worse than we thought.”",
    )
    assert [q.speaker for q in quotes] == ["Rosa Vega", "Diego Vega", None, None]


def test_a_quote_paragraph_after_a_paragraph_ending_on_someones_quote_goes_on_quoting_them() -> (
    None
):
    quotes = _quotes(
        "“We have enough cash for every request,” Chief Executive Anna Roth told reporters.",
        "“The story is not accurate. Our exposure is fully provisioned.”",
        "Fans' leader Kerry Dunne said: “The ground makes this club ours.”",
        "“We will not stand by and let it happen here.”",
        "The utility filed a tariff, filed as “Rate Schedule LL-2,” with regulators.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Anna Roth"),
        (2, "Anna Roth"),
        (3, "Kerry Dunne"),
        (4, "Kerry Dunne"),
    ]  # (a tariff's name is no quote)


def test_a_lower_case_quote_after_a_reported_clause_is_a_fragment() -> None:
    quotes = _quotes(
        "Ana Roth said the company had received requests totaling 15 gigawatts, “more than "
        "twice what we have ever delivered.”",
        "Roth said on Tuesday, “we will not build it alone.”",
    )
    assert [(q.speaker, q.partial) for q in quotes] == [("Ana Roth", True), ("Ana Roth", False)]


def test_a_public_body_named_with_for_and_and_is_one_body_and_its_acronym_speaks() -> None:
    quotes = _quotes(
        "The work was funded by the Japan Agency for Medical Research and Development (AMED).",
        "“We take the findings seriously,” AMED said in a statement.",
        "“Cases rose,” the U.S. Centers for Disease Control and Prevention said.",
        "“Caleb Doe lied to investors,” the U.S. Attorney's Office for the Southern District of "
        "New York said.",
    )
    assert [q.speaker for q in quotes] == [
        "Japan Agency for Medical Research and Development",
        "U.S. Centers for Disease Control and Prevention",
        "U.S. Attorney's Office for the Southern District of New York",
    ]


def test_a_name_that_calls_something_a_quoted_word_is_a_person_who_speaks() -> None:
    quotes = _quotes(
        "Petra Lindahl, a board member who quit in protest in March, called the sale "
        "“a short-sighted gamble” that could “cost the town its harbour.”",
        "Tomas Berg described the plan as “a betrayal”.",
    )
    assert [(q.speaker, q.partial) for q in quotes] == [
        ("Petra Lindahl", True),
        ("Petra Lindahl", True),
        ("Tomas Berg", True),
    ]


def test_a_short_span_an_appositive_calls_a_scheme_or_a_phrase_is_no_quote() -> None:
    quotes = _quotes(
        "The row began when the council proposed swapping bonuses for “wellbeing points”, a "
        "scheme teachers said would cost them money.",
        "Old shipping logs listed the cargo as what the clerks called “spoils of trade,” a phrase "
        "the archive now calls misleading.",
        "“We will not back down,” a campaign aide said.",
    )
    assert [(q.quote, q.speaker_role) for q in quotes] == [
        ("We will not back down,", "campaign aide")
    ]


def test_a_person_of_a_place_speaks_past_where_they_are_from() -> None:
    quotes = _quotes(
        "Head referee Ilse Vardanyan of Armenia said there was “nothing irregular” in the draw.",
        "Another resident, Pieter Hols of Ghent, Belgium, said the square had become "
        "“a parking lot with benches”.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Ilse Vardanyan", "Head referee"),
        ("Pieter Hols", None),
    ]


def test_a_relative_named_by_a_given_name_alone_speaks_and_is_described_by_kin() -> None:
    quotes = _quotes(
        "Tomasz Wrona, 58, waited at the pier. His son Kuba, 12, said: “We saw the smoke first.”",
        "“Nobody came for an hour,” Kuba said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Kuba", "Tomasz Wrona’s son"),
        ("Kuba", "Tomasz Wrona’s son"),
    ]


def test_a_possessive_before_a_name_is_no_part_of_it() -> None:
    # "Chile's Marta Solis" once recorded "Chile Marta Solis" as a second full name, so the
    # bare surname named nobody.
    quotes = _quotes(
        "Chile's Marta Solis celebrates after the final.",
        "Marta Solis won the title after a five-hour match.",
        "“My legs were gone,” Solis told reporters.",
    )
    assert [q.speaker for q in quotes] == ["Marta Solis"]


def test_an_acronym_an_appositive_calls_a_body_speaks() -> None:
    quotes = _quotes(
        "UCI, the sport's governing body, said its checks had worked “exactly as planned.”",
    )
    assert [q.speaker for q in quotes] == ["UCI"]


def test_a_surname_that_opens_a_sentence_saying_something_makes_the_full_name_a_person() -> None:
    quotes = _quotes(
        "In the junior race, Norway won silver with a lap to spare, led by Saskia Brandt, who "
        "scored 31 points from 12 heats in lane one. Brandt said the team had trained for “four "
        "winters, not four weeks.”",
    )
    assert [q.speaker for q in quotes] == ["Saskia Brandt"]


def test_a_passive_or_a_conditional_verb_inside_what_was_said_does_not_take_the_quote() -> None:
    quotes = _quotes(
        "Harbour Commissioner Ines Carvalho said the claims, if confirmed, would be "
        "“a serious breach”.",
        "Rui Matos, a council member for the Greens, said the port had been warned as early as "
        "2021 and called its response “slow at best”.",
    )
    assert [q.speaker for q in quotes] == ["Ines Carvalho", "Rui Matos"]


def test_the_ministry_is_the_one_its_minister_heads_not_one_named_in_passing() -> None:
    quotes = _quotes(
        "“Every school will be connected,” Education Minister Dara Okoye said.",
        "Okoye said the plan was in talks with the Finance Ministry about a second year of funds.",
        "The ministry said in a statement that it “remains on track”.",
        "Prime Minister Sam Ito said the goal was “within reach”. The ministry said it was "
        "“confident”.",
    )
    assert [q.speaker for q in quotes] == [
        "Dara Okoye",
        "Education Ministry",
        "Sam Ito",
        "Education Ministry",
    ]


def test_a_minister_s_ministry_is_not_named_by_a_nationality_before_it() -> None:
    quotes = _quotes(
        "“The deal is fair,” Maltese Fisheries Minister Paul Borg said.",
        "According to a statement from the Maltese foreign ministry, the two sides “will meet "
        "again in spring”.",
    )
    assert [q.speaker for q in quotes] == ["Paul Borg", "Maltese foreign ministry"]


def test_a_statement_from_the_bank_is_the_bank_the_story_is_about() -> None:
    quotes = _quotes(
        "Norway's central bank held its key rate on Thursday.",
        "Ola Dahl, chief economist at Fjord Bank, said the decision was expected.",
        "Finance Minister Kari Lunde called it “sensible”.",
        "According to a statement from the bank, the board “stands ready to act”.",
    )
    assert [q.speaker for q in quotes] == ["Kari Lunde", "Norway's central bank"]


def test_his_relative_tells_his_sex_so_she_points_at_the_relative() -> None:
    quotes = _quotes(
        "Ruslan Ivanov, 17, won the junior title. Ivanov was mobbed by fans after the final. His "
        "mother, Galina Ivanova, watched from the stands. “He barely slept,” she said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Galina Ivanova", "Ruslan Ivanov’s mother")
    ]


def test_a_person_of_a_two_word_body_speaks_and_the_body_is_no_person() -> None:
    quotes = _quotes("Lena Moss of Harrow Research said the result was “a warning for Europe”.")
    assert [q.speaker for q in quotes] == ["Lena Moss"]


def test_a_bare_surname_shared_with_a_relative_is_the_one_the_story_is_about() -> None:
    quotes = _quotes(
        "Greta Lund, a Swedish geologist who mapped the fjords, has died. She was 90.",
        "Her death was confirmed by her son, Nils Lund, who said she worked until the end.",
        "In the 1970s she led four survey seasons on the western coast.",
        "Lund insisted the maps were right. “The rock does not lie,” she said.",
        "Lund called the later surveys “a late apology.”",
    )
    assert [q.speaker for q in quotes] == ["Greta Lund", "Greta Lund"]


def test_a_number_s_comma_does_not_end_a_relative_clause_or_an_appositive() -> None:
    quotes = _quotes(
        "Ama Boateng, who heads a union of 2,400 cocoa farmers near Kumasi in Ghana, said costs "
        "had risen. “We are not getting rich,” she said.",
        "The company, which sells about 90,000 tons of cocoa a year, said it had absorbed "
        "“as much as it can”.",
        "Analysts named the company Kumasi Cocoa Ltd. earlier.",
    )
    assert [q.speaker for q in quotes] == ["Ama Boateng", None]
    assert quotes[0].speaker_role == "heads a union of 2,400 cocoa farmers near Kumasi in Ghana"


def test_a_name_in_apposition_to_a_role_inside_anothers_appositive_does_not_speak() -> None:
    quotes = _quotes(
        "Mia Grant, a lawyer representing the Fell Farmers' Union and its chairman, Owen Hart, "
        "said the union would appeal, calling the decision “rushed”.",
    )
    assert [q.speaker for q in quotes] == ["Mia Grant"]


def test_a_name_a_class_of_people_or_a_body_gives_a_thing_is_no_quote() -> None:
    quotes = _quotes(
        "The firm will shrink some bars, a practice critics call “shrinkflation,” rather than "
        "drop them.",
        "Farmers will be paid through a fund it calls the “Sheep Loss Scheme,” the trust said.",
    )
    assert quotes == []


def test_a_name_opening_with_an_accented_capital_is_a_name() -> None:
    quotes = _quotes(
        "The vote was read out by Chairman Émile Vautrin, who founded the firm in 1998.",
        "“We have heard the message,” Vautrin, 71, told reporters.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Émile Vautrin", "Chairman")]


def test_a_one_word_company_a_noun_names_speaks_and_is_the_company_after() -> None:
    quotes = _quotes(
        "Regulators fined ride-hailing platform Vetturo 12 million euros on Monday.",
        "Vetturo said it would appeal, calling the fine “unjustified”.",
        "“We followed every rule,” the Turin-based company said in a statement.",
        "Investment fund Alder Row said it was “disappointed”. The fund said it would stay.",
    )
    assert [q.speaker for q in quotes] == ["Vetturo", "Vetturo", "Alder Row"]


def test_a_clause_after_while_has_its_own_speaker() -> None:
    quotes = _quotes(
        "Union chair Marta Sobral said the ruling was “a warning to every employer,” while a "
        "lawyer for the former director said his client had “done nothing wrong.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Marta Sobral", "Union chair"),
        (None, "lawyer for the former director"),
    ]


def test_a_place_before_a_role_and_a_name_is_not_given_that_role() -> None:
    quotes = _quotes(
        "At Parkway Market in Cedar Falls, store manager Nora Quist said the limit was “only "
        "temporary,” but shopper Abel Ruiz said prices had doubled.",
    )
    assert [q.speaker for q in quotes] == ["Nora Quist"]


def test_a_public_body_s_name_goes_on_through_and_and_a_list() -> None:
    quotes = _quotes(
        "The Ohio Department of Agriculture and Rural Affairs said the risk was “very low”.",
        "The Department for Transport, Housing and Local Communities said it had “no plans”.",
        "Officials from the Ministry of Health and Dana Cole, a nurse, said wards were “full”.",
    )
    assert [q.speaker for q in quotes] == [
        "Ohio Department of Agriculture and Rural Affairs",
        "Department for Transport, Housing and Local Communities",
        None,
    ]


def test_a_foreign_body_with_initials_of_mixed_case_is_a_body() -> None:
    quotes = _quotes(
        "The Instituto do Mar (IdM) said the spill had “largely dispersed” by Friday.",
        "The IdM will publish its report next month.",
    )
    assert [q.speaker for q in quotes] == ["Instituto do Mar"]


def test_a_who_clause_after_a_name_and_its_appositive_speaks_for_that_person() -> None:
    quotes = _quotes(
        "“Prices will fall,” said Ana Ruiz, an analyst at research firm Kestrel Research in Lima, "
        "who warned of “a long winter” for exporters.",
        "Ana Ruiz and Tom Bell, who both warned of “a hard year,” did not say more.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("Prices will fall,", "Ana Ruiz"),
        ("a long winter", "Ana Ruiz"),
        ("a hard year,", None),
    ]


def test_the_person_a_participle_names_is_not_the_speaker() -> None:
    quotes = _quotes(
        "Darren Kilbride, 44, denied the charges. “He has always said he was a driving "
        "instructor,” a solicitor representing Kilbride said outside court.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        (None, "solicitor representing Kilbride")
    ]


def test_he_after_a_sentence_whose_subject_is_someone_else_is_that_subject() -> None:
    quotes = _quotes(
        "“We kept bees here for generations,” said Ana Bessa, 41, a beekeeper. Her neighbour, "
        "retired miner Joaquim Teles, 73, said he had voted in favour. “Without jobs the young "
        "leave anyway,” he said.",
        "Tom Reyes said Bruno Vaz had voted against. “It is over,” he said.",
    )
    # (Vaz is a subject inside what Reyes said: "he" goes on with the one who said it.)
    assert [q.speaker for q in quotes] == ["Ana Bessa", "Joaquim Teles", "Tom Reyes"]


def test_an_unnamed_subject_with_a_comma_before_who_is_who_he_is() -> None:
    quotes = _quotes(
        "Declan Moss, the chief steward, declined to comment.",
        "A senior steward, who asked not to be named, said the case had shaken the sport. "
        "“Punters need to believe the best horse wins,” he said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(None, "senior steward")]


def test_a_listed_company_speaks_by_its_short_name_through_a_which_clause() -> None:
    quotes = _quotes(
        "Residents voted against a mine planned by London-listed Tagus Minerals.",
        "Tagus, which has spent 48 million euros on the site since 2019, said in a statement "
        "that it “respects the democratic process” and would keep talking.",
    )
    assert [q.speaker for q in quotes] == ["Tagus Minerals"]


def test_a_name_people_have_taken_to_calling_a_thing_is_no_quote() -> None:
    quotes = _quotes(
        "Opponents have taken to calling the ring of cameras “the wall”. The mayor called the "
        "plan “a disgrace to the city,” Councillor Ruth Hale said.",
    )
    assert [q.quote for q in quotes] == ["a disgrace to the city,"]


def test_a_bare_quote_paragraph_after_a_carried_quote_goes_on_with_that_speaker() -> None:
    quotes = _quotes(
        "“Drivers were put in danger,” Inspector Mara Quint said. “It was not a victimless crime.”",
        "“Every policyholder pays for it through premiums.”",
    )
    assert [q.speaker for q in quotes] == ["Mara Quint"] * 3


def test_a_minister_of_two_portfolios_is_one_role_not_a_body_and_a_person() -> None:
    quotes = _quotes(
        "Trade and Industry Minister Tomas Veliz Ortega told reporters in Quito that the "
        "government would “not trade safety for a faster permit.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Tomas Veliz Ortega", "Trade and Industry Minister")
    ]


def test_said_then_someones_role_and_a_comma_then_the_name() -> None:
    quotes = _quotes(
        "Councillor Nadia Ferris tabled the motion in March.",
        "“It is only resting,” said Ferris’s chief of staff, Owen Talbot.",
    )
    assert [q.speaker for q in quotes] == ["Owen Talbot"]


def test_a_surname_with_an_apostrophe_inside_is_a_name() -> None:
    quotes = _quotes(
        "Not all growers agree. Paolo Dell'Anna, who has farmed the valley for 40 years, called "
        "the scheme “a postcard, not a plan.” His sister, Rita, who keeps the books, said: "
        "“The numbers never added up.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Paolo Dell'Anna", None),
        ("Rita", "Paolo Dell'Anna’s sister"),
    ]


def test_a_body_based_somewhere_with_its_initials_is_it_when_it_speaks_later() -> None:
    quotes = _quotes(
        "The Vienna-based International Timber Audit Council (ITAC) said in a filing it had "
        "seen “material gaps” in the logs kept by the mill owner, Rotterdam-listed Brauer "
        "Wood. No permits would be renewed “until the gaps are closed,” it said."
    )
    assert [q.speaker for q in quotes] == ["International Timber Audit Council"] * 2


def test_a_role_held_at_a_named_group_keeps_the_person_as_the_speaker() -> None:
    quotes = _quotes(
        "Dana Whitlock, a water campaigner at the Leeds-based group Clear Rivers, rejected "
        "the operator's account. “Nobody swims in a licence,” she said."
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Dana Whitlock", "water campaigner at the Leeds-based group Clear Rivers")
    ]


def test_a_relative_named_after_his_or_her_speaks() -> None:
    quotes = _quotes(
        "Ivo Marsh, 80, was moved to a shelter overnight. “He is stubborn, but he is fine,” "
        "his granddaughter, Leah Marsh, said by phone."
    )
    assert [q.speaker for q in quotes] == ["Leah Marsh"]


def test_a_single_name_based_somewhere_before_which_is_a_body() -> None:
    [q] = _quotes(
        "Lisbon-based competitor Trotta, which runs scooters in nine cities, said in a note "
        "that it was “watching the market closely”."
    )
    assert q.speaker == "Trotta"


def test_a_club_named_in_apposition_is_a_body_not_the_speaker() -> None:
    [q] = _quotes(
        "Nia Okoro, coach of the home side, Harbury Sailing Club, said the ruling was fair. "
        "“Rules are rules, even when they hurt,” she said."
    )
    assert q.speaker == "Nia Okoro"


def test_a_body_with_where_it_sits_between_name_and_verb_speaks() -> None:
    quotes = _quotes(
        "The Regional Flood Warning Service (RFWS) in Lyon said on Sunday that the river had "
        "been “rising faster than any model predicted”.",
        "The Customs Bureau in Busan said the shipment had been “held for inspection”.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Regional Flood Warning Service"),
        (2, "Customs Bureau"),
    ]


def test_a_term_the_writer_adds_with_an_article_is_no_quote() -> None:
    quotes = _quotes(
        "At the mayor's request, the council added a “review” clause, under which the fee ends "
        "in 2028 unless renewed.",
        "Councillor Tom Berry added that the fee was “a fair price for cleaner streets”.",
    )
    assert _who(quotes) == [
        (2, "a fair price for cleaner streets", "Tom Berry", "Councillor", True),
    ]


def test_a_capitalised_role_before_a_name_is_no_part_of_it_and_he_is_that_person() -> None:
    quotes = _quotes(
        "Publisher Anna Vesey said the quarterly would print its last issue in May.",
        "Treasurer Colin Marsh, a retired accountant, said donors had pledged $20,000.",
        "Vesey has offered the back issues to the county library, but not the title, which "
        "she said “should stay with the family.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("should stay with the family.", "Anna Vesey")
    ]


def test_a_name_after_a_copula_is_a_subject_and_he_points_at_it() -> None:
    quotes = _quotes(
        "Paul Ferrante, the lender's founder, said he would repay every customer.",
        "Among those left out of pocket is Owen Tasker, who owns two bakeries in Leeds, and said "
        "he had paid in advance. “It was my whole savings,” he said.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("It was my whole savings,", "Owen Tasker")]


def test_a_name_whose_clause_or_now_appositive_follows_still_speaks() -> None:
    quotes = _quotes(
        "Wales skip Rhys Morgan, whose rink was handed the win, said he felt for his rival. "
        "“Nobody wants to win like that,” Morgan said.",
        "Former champion Ilse Varga, now a television commentator, said the ruling was fair. "
        "“Rules are rules,” she said.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("Nobody wants to win like that,", "Rhys Morgan"),
        ("Rules are rules,", "Ilse Varga"),
    ]


def test_a_company_a_contractor_noun_names_speaks_by_its_first_word() -> None:
    quotes = _quotes(
        "The ministry suspended the app, built by Porto-based contractor Lumiar Sistemas.",
        "Lumiar said in a statement that its software had “performed as specified”.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("performed as specified", "Lumiar Sistemas")]


def test_put_it_and_estimated_report_speech() -> None:
    quotes = _quotes(
        "Harbour pilot Jana Kolar said the channel had silted up. Kolar put it more bluntly: "
        "“One more storm and nothing bigger than a ferry gets in.”",
        "Analyst Tomas Reyes said freight rates would rise. He estimated that two other ports "
        "were “in the same position.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("One more storm and nothing bigger than a ferry gets in.", "Jana Kolar"),
        ("in the same position.", "Tomas Reyes"),
    ]


def test_a_works_name_set_off_by_commas_or_after_marketed_as_is_no_quote() -> None:
    quotes = _quotes(
        "A study the institute published in May, “Empty Shelves,” estimated that 40 towns had "
        "no bookshop.",
        "An earlier report, “Stadt ohne Buch”, estimated the same for German towns.",
        "Its premium tier, marketed as “Gold Access,” promised seats on any flight.",
        "The trust's director, Mara Quint, said the findings were “hard to ignore.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("hard to ignore.", "Mara Quint")]


def test_a_name_often_called_the_something_is_no_quote() -> None:
    quotes = _quotes(
        "The authors estimated the checks cost $2 a patient, against a disease often called "
        "the “quiet epidemic”."
    )
    assert quotes == []


def test_a_noun_phrase_cut_out_of_a_longer_one_is_a_term_even_in_reported_speech() -> None:
    quotes = _quotes(
        "A former client said the gym had sold her a “lifetime pass” of 500 classes before it "
        "closed, and that its owner called the offer a “safe bet” for members.",
    )
    assert _who(quotes) == [(1, "safe bet", None, None, True)]


def test_a_name_given_past_an_article_is_no_quote_even_after_put_it() -> None:
    quotes = _quotes(
        "Mayor Lena Ortiz put it on the agenda for March, a plan residents have dubbed the "
        "“river tax.”",
        "Ortiz said the plan was “the best we could do.”",
    )
    assert _who(quotes) == [(2, "the best we could do.", "Lena Ortiz", "Mayor", True)]


def test_a_body_whose_name_opens_with_a_person_noun_stays_whole() -> None:
    quotes = _quotes(
        "Student Loan Services, the agency that runs the scheme, said it was “reviewing every "
        "case.”",
        "Customer Alan Price, 58, said the refund had never arrived. “I have called them twelve "
        "times,” he said.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("reviewing every case.", "Student Loan Services"),
        ("I have called them twelve times,", "Alan Price"),
    ]


def test_a_company_whose_name_opens_with_a_common_word_for_a_person_is_no_title() -> None:
    quotes = _quotes(
        "Champion Petfoods said the recall was “a precaution.”",
        "Rider Levett Bucknall said costs were “rising fast.”",
    )
    assert [q.speaker for q in quotes] == ["Champion Petfoods", "Rider Levett Bucknall"]


def test_a_name_inside_a_whose_clause_is_not_the_subject() -> None:
    quotes = _quotes(
        "Dana Whitlock, a lawyer for the Harbor Road Tenants Association, whose chairman, "
        "retired welder Ray Monteiro, has led the campaign, said in an email: “The offer is "
        "far below what these homes are worth.”",
        "The union, whose leader, Tom Perrin, resigned last week, said: “We will decide on "
        "strike action this month.”",
    )
    assert [q.speaker for q in quotes] == ["Dana Whitlock", None]


def test_the_ministry_points_back_at_a_ministry_named_in_lower_case() -> None:
    quotes = _quotes(
        "Mongolia will cap coal exports from January, the mining ministry said on Tuesday.",
        "The ministry said in a statement the cap was needed to “keep power stations supplied” "
        "through the winter.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("keep power stations supplied", "mining ministry")
    ]


def test_a_report_title_after_its_owner_s_possessive_is_no_quote() -> None:
    quotes = _quotes(
        "The Northern Dairy Council's quarterly outlook, “Milk Prices in Transition 2026”, warned "
        "in September that small farms were exposed to so-called “price shocks”, in which buyers "
        "cut contracts.",
    )
    assert [q.quote for q in quotes] == []


def test_a_person_of_a_firm_speaks_and_a_firm_based_somewhere_is_where_they_work() -> None:
    quotes = _quotes(
        "Nadia Ferrand of Quayside Securities was more relaxed, saying any fine would be “small "
        "change” for the group.",
        "His lawyer, Owen Pritchard of Cardiff-based Pritchard Lane Solicitors, said the airline's "
        "terms “cannot be read that way” and that a claim would follow.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("small change", "Nadia Ferrand"),
        ("cannot be read that way", "Owen Pritchard"),
    ]


def test_a_pronoun_with_a_contracted_has_still_speaks() -> None:
    quotes = _quotes(
        "Mayor Jo Banks has long opposed the plan. She's said the scheme is “a waste of money.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("a waste of money.", "Jo Banks")]


def test_a_lower_case_ministry_is_the_one_named_in_full_before() -> None:
    quotes = _quotes(
        "Chile's Ministry of Mining said on Friday it would review two permits.",
        "The mining ministry said output had fallen 6% in a year.",
        "The ministry said the review was meant to “restore trust” in the sector.",
    )
    assert [q.speaker for q in quotes] == ["Chile's Ministry of Mining"]


def test_was_quoted_as_saying_after_the_quote_names_the_speaker() -> None:
    quotes = _quotes(
        "Shares in Pelion Foods fell after its chairman, Dorin Vasilescu, hinted at a dividend cut.",
        "“We must keep cash for the new plant. Investors will have to wait,” Vasilescu was quoted "
        "as saying by a local newspaper.",
    )
    assert [q.speaker for q in quotes] == ["Dorin Vasilescu"]


def test_a_phrase_after_a_place_with_no_comma_before_said_is_the_subject_not_a_role() -> None:
    quotes = _quotes(
        "Police are testing seized pesticide sold to growers in the Cauca Valley, a senior "
        "official at the farm regulator said.",
        "“Some samples contain no active ingredient at all,” the official told Reuters.",
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_person_of_a_kind_of_firm_speaks_past_its_which_clause() -> None:
    quotes = _quotes(
        "Hannah Osei of law firm Barrow Quay, which represented the tenants, said: “This ruling "
        "will change how landlords treat repairs.”",
    )
    assert [q.speaker for q in quotes] == ["Hannah Osei"]


def test_names_given_far_from_their_naming_verb_are_no_quotes() -> None:
    quotes = _quotes(
        "Its founder, Oskar Lind — known in the trade as “the Salmon Baron” — denied wrongdoing.",
        "Crowds cheered the candidate, whom supporters call “Tito Rafa,” at the rally.",
    )
    assert quotes == []


def test_a_hyphenated_title_is_no_part_of_the_name() -> None:
    quotes = _quotes(
        "“We are not in crisis, but we must act now,” Vice-Chancellor Morwenna Trelawny wrote "
        "in an email to staff.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Morwenna Trelawny", "Vice-Chancellor")
    ]


def test_a_name_after_a_role_held_somewhere_speaks_after_a_stance_colon() -> None:
    quotes = _quotes(
        "The head of the Adriatic Ferry Board, Marko Jelic, was blunt when asked about the "
        "cancellations: “Nobody here is proud of this summer.”",
    )
    assert [q.speaker for q in quotes] == ["Marko Jelic"]


def test_the_age_given_with_the_and_a_relative_of_someone_unnamed_make_people() -> None:
    quotes = _quotes(
        "Mira Jovanic, the 20-year-old Serbian, reached her first final on Friday.",
        "Asked how she had handled the wind, Jovanic quipped: “I just hit it harder.”",
        "Outside the court, the victim's brother, Omar Saleh, wept. “Nothing brings her back,” "
        "he said.",
    )
    assert [q.speaker for q in quotes] == ["Mira Jovanic", "Omar Saleh"]


def test_a_board_member_who_disagreed_and_a_trustee_speak_under_their_names() -> None:
    quotes = _quotes(
        "Board President Walt Brenner, who voted no, disagreed: “This will upend every family’s "
        "schedule.” Trustee Ana Ruiz said simply, “I hope we are right.”",
        "The Hollow Creek Workers Guild sent the letter. “We were hired as remote workers,” the "
        "guild wrote.",
    )
    assert [q.speaker for q in quotes] == ["Walt Brenner", "Ana Ruiz", "Hollow Creek Workers Guild"]


def test_a_reporter_who_called_out_a_question_is_not_the_official() -> None:
    quotes = _quotes(
        "Port Commissioner Alan Rusk refused on Friday to say whether he would resign.",
        "“Will you step down?” a reporter called out as Rusk left the hearing. “I am not going to "
        "answer that today,” he replied.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        (None, "reporter"),
        ("Alan Rusk", "Port Commissioner"),
    ]


def test_a_name_with_particles_speaks_and_so_does_the_agent_named_after_it() -> None:
    quotes = _quotes(
        "“I found out from my phone that the team was gone,” Belgian rider Jan van der Veen, 24, "
        "told reporters.",
        "“Nobody has called us since.”",
        "“Two teams have asked about him,” van der Veen's manager, Ruud Smit, said.",
    )
    assert [q.speaker for q in quotes] == ["Jan van der Veen", "Jan van der Veen", "Ruud Smit"]


def test_a_body_speaks_through_its_organ_and_its_whole_name_is_kept() -> None:
    quotes = _quotes(
        "The IOC's executive board said in a statement that the federation had “failed to act” "
        "on the complaints.",
        "The Norwegian Financial Supervisory Authority said it was “following the case closely.”",
    )
    assert [q.speaker for q in quotes] == ["IOC", "Norwegian Financial Supervisory Authority"]


def test_a_label_a_number_qualifies_is_no_quote() -> None:
    quotes = _quotes(
        "The council, a Harwick Borough spokesman said, will offer a $50 “trade-in” voucher "
        "to residents who hand in petrol mowers.",
    )
    assert quotes == []


def test_she_after_someone_accused_someone_is_the_accuser() -> None:
    quotes = _quotes(
        "Union leader Carla Benning accused Health Secretary Tom Aldous on Monday of “hiding the "
        "waiting lists” from parliament.",
        "“He has had these figures since spring,” she told reporters.",
    )
    assert [q.speaker for q in quotes] == ["Carla Benning", "Carla Benning"]


def test_what_makes_a_person_or_a_body_without_a_title() -> None:
    quotes = _quotes(
        "Petra Lindqvist, whose son was on the missing trawler, asked the coastguard on Friday to "
        "keep searching.",
        "“He knows that sea better than anyone,” she said.",
        "Norvane Telecom will close its last call centre in March, the company said on Tuesday, "
        "moving the work to an app it is calling “Norvane Assist.”",
        "A company spokeswoman said the change would “cut waiting times for most customers.”",
        "Bus driver Aled Pryce was unimpressed. “Nobody rings a call centre for fun,” he said.",
        "Ruth Okafor, of the consumers' group Fair Line Now, said older customers would be "
        "“left behind.”",
    )
    assert [q.speaker for q in quotes] == [
        "Petra Lindqvist",
        "Norvane Telecom",
        "Aled Pryce",
        "Ruth Okafor",
    ]  # ("Norvane Assist." is the name the clause gives the app, no one's words)


def test_a_former_holder_is_not_the_role_and_a_fuller_role_picks_one_of_two() -> None:
    quotes = _quotes(
        "Former mayor Brian Stott and the council leader, Amy Reyes, disagreed on Thursday.",
        "“We cannot afford this,” the mayor said.",
        "Education Minister Lena Park and Transport Minister Omar Said launched the scheme.",
        "Asked about the cost, the transport minister said: “It pays for itself.”",
    )
    assert [q.speaker for q in quotes] == [None, "Omar Said"]


def test_a_nickname_inside_a_name_is_part_of_the_name_not_a_quote() -> None:
    quotes = _quotes(
        "Snooker veteran Alan “The Rocket” Dunmore retired on Sunday.",
        "“The eyes went first,” Dunmore, 55, said. His old rival Pete Garner paid tribute, calling "
        "him “the best break-builder I ever saw.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("The eyes went first,", "Alan Dunmore"),
        ("the best break-builder I ever saw.", "Pete Garner"),
    ]


def test_described_people_and_retorts_find_the_one_meant() -> None:
    quotes = _quotes(
        "Labour candidate Nia Rhodes, 38, and her rival, Gordon Tate, 61, met at a hustings.",
        "Tate accused her of having “never run a whelk stall.” “Experience of what?” the "
        "38-year-old shot back.",
        "A witness, Dara Quinn, told the court the accused had been drinking. “I know what I "
        "saw,” the witness said.",
        "Coach Ilse Brandt praised her pupil Mia Koh. The teenager was calmer. “It was just "
        "another match,” she said.",
    )
    assert [q.speaker for q in quotes] == ["Gordon Tate", "Nia Rhodes", "Dara Quinn", None]


def test_participles_and_a_joined_verb_keep_the_sentences_subject() -> None:
    quotes = _quotes(
        "The long-running show will end, broadcaster Northwave said, with host Jo Reid calling "
        "the decision “the right moment to stop.”",
        "Ardent Rail chief executive Paul Mercer declined to comment, but told investors last "
        "week that the company was “open to offers.”",
        "The Water Standards Board has fined Crestline Utilities £2 million, saying the company "
        "showed “a pattern of neglect.”",
    )
    assert [q.speaker for q in quotes] == ["Jo Reid", "Paul Mercer", "Water Standards Board"]


def test_a_nation_before_a_name_is_what_the_text_calls_the_person_later() -> None:
    quotes = _quotes(
        "American Cody Brandt shot a 64 to lead the Harbour Classic by two strokes from Britain's "
        "Owen Tate.",
        "“I holed everything I looked at,” the American said.",
        "Athletic's Danish striker Niko Holm, who scored the penalty, disagreed. “He caught my "
        "ankle,” the striker said. Asked about a move abroad, the Dane smiled: “I'm happy here.”",
    )
    assert [q.speaker for q in quotes] == ["Cody Brandt", "Niko Holm", "Niko Holm"]


def test_the_second_part_of_a_split_quote_is_the_same_speakers_whole_quote() -> None:
    found = attribute_english(
        Article(
            "t",
            "Headline",
            (
                Block(
                    1,
                    "paragraph",
                    "“Nobody wanted a strike,” said Dana Whitlow, president of the Norbury "
                    "Teachers Union, “but we have bargained for a year and got nowhere.”",
                ),
            ),
        )
    )
    assert [(q.speaker, q.partial) for q in found] == [
        ("Dana Whitlow", False),
        ("Dana Whitlow", False),
    ]


def test_a_body_named_by_a_public_body_word_of_any_kind_speaks() -> None:
    found = _speakers(
        "The Directorate of Mines said in a statement that safety was “the first concern” and "
        "that it had closed the shaft."
    )
    assert found == [("Directorate of Mines", None)]


def test_a_filing_that_characterises_something_speaks_for_the_body_that_filed_it() -> None:
    found = _speakers(
        "In an amended filing on Monday, Bramwell Optics said regulators had asked about a "
        "supplier. The filing described the inquiry as “routine” and said no fines were proposed."
    )
    assert found == [("Bramwell Optics", None)]


def test_a_class_of_people_naming_a_thing_in_the_present_is_no_quote() -> None:
    assert (
        _quotes(
            "Planners call such streets “dead corridors” and say shops there rarely survive.",
            "Locals call the old bridge “the Comb” and avoid it after dark.",
        )
        == []
    )


def test_a_nation_before_a_name_after_said_is_where_the_speaker_is_from() -> None:
    found = _speakers(
        "“Ten years ago this would have been hard to prove,” said Portugal’s Rui Mendes, who "
        "won the men’s race."
    )
    assert found[0][0] == "Rui Mendes"


def test_a_quote_after_a_time_of_day_opens_a_sentence_of_its_own() -> None:
    quotes = _quotes(
        "Race officials said a runner was seen leaving the course shortly before 3 p.m. “We did "
        "not take this decision lightly. We checked the data twice,” director Paula Reyes said."
    )
    assert [(q.speaker, q.partial) for q in quotes] == [("Paula Reyes", False)]


def test_a_documents_words_are_its_issuers() -> None:
    found = _speakers(
        "In an unsigned opinion, the Ninth Circuit Court of Appeals said the lower court had "
        "erred. “A search cannot be cured by what it finds,” the opinion said.",
        "Inspectors faulted the plant, according to a report released Friday by the state "
        "Department of Labor. The report said the failures posed “a clear danger” to staff. It "
        "called the plant's training “minimal at best.”",
        "The complaint, filed by the Brookfield Nurses Union in county court, says shifts ran "
        "long. “Nurses were forced to choose between rest and patients,” the complaint says.",
    )
    assert [who for who, _ in found] == [
        "Ninth Circuit Court of Appeals",
        "Department of Labor",
        "Department of Labor",
        "Brookfield Nurses Union",
    ]


def test_a_body_named_in_quote_marks_after_what_it_is_can_speak_later() -> None:
    quotes = _quotes(
        "A residents' group called “Save Harlow Pier” wrote to the council. “Closing the pier "
        "would empty this street,” the group wrote."
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("Closing the pier would empty this street,", "Save Harlow Pier")
    ]


def test_after_a_reported_fragment_a_quote_opening_a_new_sentence_is_whole_and_the_subjects() -> (
    None
):
    found = _quotes(
        "The former clerk, Owen Marsh, 61, was convicted in 2021. His lawyer, Rita Calloway, "
        "said her client was “relieved.” “Mr. Marsh has said from the first day that he did "
        "nothing wrong,” she said."
    )
    assert [(q.speaker, q.partial) for q in found] == [
        ("Rita Calloway", True),
        ("Rita Calloway", False),
    ]


def test_writing_reports_words_like_saying_and_an_office_keeps_its_title_words() -> None:
    found = _speakers(
        "Judge Hana Brill dissented, writing that the error was “harmless in light of the "
        "evidence.”",
        "The audit came from the city's Office of the Inspector General, which said oversight "
        "was “minimal.”",
    )
    assert [who for who, _ in found] == ["Hana Brill", "Office of the Inspector General"]


def test_a_notice_posted_is_no_one_posting_and_a_body_named_for_two_things_is_one() -> None:
    found = _speakers(
        "The Medicines Safety Agency said in a notice posted Tuesday that supplies were "
        "“constrained” because of a delay.",
        "The council's Finance and Audit Committee said in a written recommendation that the "
        "cost was “a reasonable price.”",
        "The Harlow Ocean Data Centre published the figures. The centre said in its bulletin "
        "that sea temperatures had been “well outside the range.”",
    )
    assert [who for who, _ in found] == [
        "Medicines Safety Agency",
        "Finance and Audit Committee",
        "Harlow Ocean Data Centre",
    ]


def test_he_is_the_subject_named_with_two_appositives_or_a_champions_title() -> None:
    found = _speakers(
        "“Prices will keep rising,” said Lena Ortiz, an economist at Brookvale University. Tom "
        "Ferris, 27, a barista from Elmsford, said he would cancel. “Four dollars is a lot,” he "
        "said.",
        "Ethiopia's Abebe Tadesse, the reigning world champion in the 5,000 meters, was "
        "suspended on Monday.",
        "Tadesse denied wrongdoing in a post on social media. “I have never cheated,” he wrote.",
    )
    assert [who for who, _ in found] == ["Lena Ortiz", "Tom Ferris", "Abebe Tadesse"]


def test_he_after_she_is_someone_else_and_a_signs_text_is_no_quote() -> None:
    quotes = _quotes(
        "Prosecutor Dana Whitlock showed the jury the bank records. “Was the boat part of the "
        "fund?” she asked. “No,” he said.",
        "Parents held signs reading “Keep Our Library Open” in an operation code-named “Bright "
        "Shelf.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("Was the boat part of the fund?", "Dana Whitlock"),
        ("No,", None),  # (not the prosecutor: she asked; he answered)
    ]


def test_a_document_cited_later_is_the_issuers_of_that_kind_of_document_only() -> None:
    found = _speakers(
        "Acme Foods said in a statement that it would appeal.",
        "The report said the plant's records were “a shambles.” “We will appeal,” the "
        "statement said.",
    )
    # (the statement is Acme's; no one said who put out the report)
    assert [who for who, _ in found] == [None, "Acme Foods"]


def test_a_person_noun_before_a_name_makes_it_a_person_he_can_be() -> None:
    found = _speakers(
        "Governor Paul Dorsey said help was coming. “People can cope,” he said. In the village "
        "of Garrow, pensioner Walter Finch was cooking on a camping stove. “We have seen "
        "worse,” he said."
    )
    assert [who for who, _ in found] == ["Paul Dorsey", "Walter Finch"]


def test_an_appositive_ending_as_peoples_nouns_do_makes_a_person() -> None:
    found = _speakers(
        "Nadia Ferrante, the orchestra's oboist, said the tour had been “worth every mile.”",
        "Analyst Omar Haddad of Dublin-based advisory Corvine said: “The numbers look thin.”",
    )
    # (oboist is on no list of roles; Corvine is where Haddad works, not who spoke)
    assert [who for who, _ in found] == ["Nadia Ferrante", "Omar Haddad"]


def test_a_statement_read_on_someones_behalf_is_theirs_and_her_nephew_is_the_nephew() -> None:
    found = _speakers(
        "At the funeral, her nephew, Colm Brady, read a statement on behalf of her sister, "
        "Aoife Brady, who could not travel. “She was the brave one,” the statement said.",
        "Dr. Peter Lund, who worked with her for 20 years, said she had changed the field. "
        "“We all learned from her,” Dr. Lund said.",
        "Her nephew, speaking later, thanked the staff. “They were kind to her,” he said.",
    )
    # (not Lund, the last man named: "he" is the nephew the sentence opens on)
    assert [who for who, _ in found] == ["Aoife Brady", "Peter Lund", "Colm Brady"]


def test_the_union_is_never_the_hospital_named_last() -> None:
    found = _speakers(
        "The Harbour Nurses Alliance, which represents 900 nurses, said it would strike.",
        "Westfield General Hospital said extra staff had been hired. The union called that "
        "“a sticking plaster.”",
    )
    assert [who for who, _ in found] == ["Harbour Nurses Alliance"]


def test_the_chief_is_not_the_deputy_chief_and_a_blanked_quote_still_ends_its_sentence() -> None:
    found = _speakers(
        "After 30 years in the service, Chief Irene Castell retires on Friday. In an interview "
        "she talked about the storms she remembers.",
        "“The flood of 2009 was the worst. We lost two houses in one night.”",
        "Deputy Chief Leon Marsh said the chief had “rewritten the manual.” Asked about her "
        "plans, the chief smiled. “Sleep,” she said.",
    )
    assert [who for who, _ in found] == [
        "Irene Castell",
        "Leon Marsh",
        "Irene Castell",
    ]


def test_a_signs_text_a_motto_a_name_given_and_a_bands_record_are_no_ones_words() -> None:
    quotes = _quotes(
        "The orchard gate has a sign, lettered by a grandson, that reads “Pick Slowly, Pick "
        "Kindly.” The family's motto, carved over the barn door, was “Waste Not the Windfall.”",
        "Drivers have given the pothole a name: “the Canyon.” The Larksong Trio's first "
        "record, “Blue Ferry Morning,” sold 40,000 copies.",
        "“We just play,” said Alma Reyes, the trio's cellist.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("We just play,", "Alma Reyes")]


def test_the_company_is_a_glassworks_or_a_mining_firm_and_may_speak_in_turn() -> None:
    found = _speakers(
        "A planned quarry has pitted Redstone Minerals against farmers in the valley.",
        "The company said in a written reply that its water figures had been “checked twice.” "
        "The farmers' group said the checks were paid for by Redstone.",
        "Workers at Calder Glassworks' main plant voted to strike. The company, in turn, called "
        "the vote “premature.”",
    )
    assert [who for who, _ in found] == ["Redstone Minerals", "Calder Glassworks"]


def test_a_doctors_appositive_role_is_what_the_officer_points_back_at() -> None:
    found = _speakers(
        "Dr. Ines Kovac, the chief medical officer, said no patient had been harmed. Patient "
        "advocate Ray Lomas said families were told by form letter.",
        "Asked about the letters, the chief medical officer called them “a mistake in tone.”",
    )
    assert [who for who, _ in found] == ["Ines Kovac"]


def test_a_lead_quotes_a_role_the_next_paragraph_opens_on() -> None:
    found = _speakers(
        "“We lost the east wing in under an hour,” the town's fire chief said on Sunday after a "
        "blaze destroyed part of the Halden Street school.",
        "Fire Chief Rosa Vintner said no one had been hurt. “The alarm worked,” she said.",
        "“It will be months before pupils return,” the mayor of Eastbrook said.",
    )
    # (the mayor is never named: no one is guessed for him)
    assert [who for who, _ in found] == ["Rosa Vintner", "Rosa Vintner", None]


def test_a_role_in_apposition_to_a_name_is_that_names_not_a_description() -> None:
    found = _speakers(
        "Deputy Governor Marta Solberg voted against the cut.",
        "The other dissenting deputy governor, Jonas Ekdahl, said he shared Solberg's view. "
        "“We are not doves,” he said.",
    )
    # (not Solberg, the deputy the first noun of "deputy governor" would point back at)
    assert [who for who, _ in found] == ["Jonas Ekdahl"]


def test_a_resort_speaks_and_a_participle_after_a_declined_question_is_the_subjects() -> None:
    found = _speakers(
        "Pine Hollow Ski Resort, the valley's biggest employer, said it was “looking at every "
        "option” for staff housing.",
        "Chief Executive Nora Lindqvist said the company would add more beds. She declined to say "
        "what the rooms would cost, saying only that they would be “cheaper than the town.”",
    )
    assert [who for who, _ in found] == ["Pine Hollow Ski Resort", "Nora Lindqvist"]


def test_a_name_given_in_a_participle_after_a_comma_is_no_quote_even_with_who_gives_it() -> None:
    quotes = _quotes(
        "Resin beads, often called “sea pearls” by divers, wash up on the cape every winter.",
        "The coastguard chief, Ana Ruiz, called the spill “a slow disaster” on Monday.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("a slow disaster", "Ana Ruiz")]


def test_a_role_held_at_a_firm_named_after_what_it_does_is_the_speaker_s() -> None:
    quotes = _quotes(
        "Ruth Calder, head of security at jeweller Harcourt Stone, said thefts had doubled. "
        "“We now keep less stock on display than at any time,” she said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Ruth Calder", "head of security at jeweller Harcourt Stone")
    ]


def test_so_called_is_no_verb_of_saying_between_a_speaker_and_her_quote() -> None:
    quotes = _quotes(
        "The clinic's director, Hana Roth, said it would replace its two oldest scanners with "
        "so-called dry units that need no coolant: “We cannot wait for the supply to recover.”",
    )
    assert [(q.speaker, q.partial) for q in quotes] == [("Hana Roth", False)]


def test_a_document_after_a_person_s_possessive_speaks_for_that_person() -> None:
    quotes = _quotes(
        "An audit by City Comptroller Ruth Ames found the contract had no price cap.",
        "Ames's report described the charges as “impossible for a family to plan around.”",
    )
    assert [(q.speaker, q.partial) for q in quotes] == [("Ruth Ames", True)]


def test_a_body_named_by_its_place_in_lower_case_speaks_and_issues_the_statement() -> None:
    quotes = _quotes(
        "Tromso police said in a statement that the harbour crane had been inspected in May. "
        "“Nothing so far points to a fault in its brakes,” the statement said.",
    )
    assert [q.speaker for q in quotes] == ["Tromso police"]


def test_a_utility_named_for_what_it_supplies_is_the_company_a_later_the_company_means() -> None:
    quotes = _quotes(
        "The beach sits below an outfall operated by Dunmore Valley Water. The company said the "
        "discharge was “within the limits of our permit”.",
    )
    assert [q.speaker for q in quotes] == ["Dunmore Valley Water"]


def test_someone_s_lawyer_or_officer_is_the_one_the_copy_gave_that_role_for_them() -> None:
    quotes = _quotes(
        "Dana Whitlow, who represented Corrigan at the inquiry, said the findings were “unsafe”.",
        "“We will appeal within days,” Corrigan's solicitor told reporters.",
        "Tomas Greer, finance director of Halvard, spoke first. Later, Halvard's finance director "
        "said the bid was “dead in the water.”",
        "“We have no comment,” Halvard's chairman said.",
    )
    assert [q.speaker for q in quotes] == ["Dana Whitlow", "Dana Whitlow", "Tomas Greer", None]


def test_a_lawyer_for_a_body_is_described_where_its_spokesperson_speaks_for_it() -> None:
    quotes = _quotes(
        "Brightwater Transit Holdings runs the ferries. In a letter last week, an attorney for "
        "the company warned the county of “substantial damages.”",
        "A spokesperson for the company said the fares were “fair and lawful.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        (None, "attorney for the company"),
        ("Brightwater Transit Holdings", None),
    ]


def test_a_name_people_have_long_given_a_thing_is_no_quote() -> None:
    quotes = _quotes(
        "Ferry crews have long called the oldest vessel “the washing machine” because of how it "
        "rolls in a swell.",
        "Dock workers have long called the crane “a widow-maker,” the union's Ana Ruiz said.",
    )
    assert [q.quote for q in quotes] == ["a widow-maker,"]


def test_a_body_described_as_one_of_its_kind_speaks_and_a_research_firm_is_a_body() -> None:
    quotes = _quotes(
        "Corbel Mutuelle, one of the largest crop insurers in the region, said in a statement "
        "that it would settle “the great majority” of claims by June.",
        "Shares fell after short seller Pinehill Research alleged that the maker had padded its "
        "sales. Pinehill said the growth was “a mirage built on warehouses,” citing records.",
    )
    assert [q.speaker for q in quotes] == ["Corbel Mutuelle", "Pinehill Research"]


def test_a_term_in_lower_case_followed_by_what_it_means_is_no_quote() -> None:
    quotes = _quotes(
        "Growers said assessors had classified much of the damage as “white rot”, a fungus that "
        "spreads after heavy rain.",
        "The ministry said it would consider declaring the storm an “agrarian disaster”, the "
        "status that unlocks a state fund.",
        "The plant was “safe and sound”, the company said.",
    )
    assert [q.quote for q in quotes] == ["safe and sound"]


def test_she_after_a_paragraph_naming_a_man_as_object_is_the_woman_who_spoke_there() -> None:
    quotes = _quotes(
        "The buyer, Leon Hardy, 52, said in an email that he planned to restore the house.",
        "“I intend to take care of it,” he wrote.",
        "“We did everything we could,” said Tamsin Quell, 71, the group's president.",
        "Quell said the group would hold Hardy to his promise of an open day.",
        "“He says he loves it. Good. So do we,” she said.",
    )
    assert [q.speaker for q in quotes] == ["Leon Hardy", "Tamsin Quell", "Tamsin Quell"]


def test_words_heard_on_a_recording_are_the_speaker_s() -> None:
    quotes = _quotes(
        "“Check it, that is a clear foul,” the video official, Ossi Rantanen, can be heard saying.",
    )
    assert [q.speaker for q in quotes] == ["Ossi Rantanen"]


def test_a_relatives_own_role_before_the_name_still_opens_a_clause_ending_in_a_colon() -> None:
    quotes = _quotes(
        "Fisherman Eli Dunn said he had lost a week of sales. His neighbor, retired nurse "
        "Joan Pell, was blunter: “They built us a very expensive lawn ornament.”",
    )
    # (not Dunn, whose reported speech comes just before: the sentence names someone else)
    assert [q.speaker for q in quotes] == ["Joan Pell"]


def test_a_title_case_name_after_its_article_is_no_quote() -> None:
    quotes = _quotes(
        "Director Dan Oko said the backup ferry, the “Islander II,” would add a trip each day.",
        "Oko said the crew was “deeply frustrated” by the delay.",
    )
    assert [q.quote for q in quotes] == ["deeply frustrated"]


def test_a_status_an_official_act_gives_is_no_quote() -> None:
    quotes = _quotes(
        "The veterinary service declared the venue a “restricted zone” and banned all movement.",
        "Inspectors designated the whole valley a “no-fly area” on Friday.",
        "Mayor Ines Roa declared the plan “a disaster for the town.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [(3, "Ines Roa")]


def test_a_long_title_after_a_work_the_clause_names_is_no_quote() -> None:
    quotes = _quotes(
        "Councilwoman Ana Brook pointed to a 2023 report by the Harlow Historical Society, "
        "“Shots at the Bridge: The 1894 Mill Strike and Its Dead,” which used court records.",
    )
    assert quotes == []


def test_the_words_of_an_order_are_the_one_who_ordered() -> None:
    quotes = _quotes(
        "Councilwoman Ana Brook said court records show that Josiah Prentiss personally ordered "
        "the guards to “clear the bridge by any means.”",
    )
    assert [(q.speaker, q.partial) for q in quotes] == [("Josiah Prentiss", True)]


def test_a_public_bodys_first_word_that_speaks_on_its_own_is_the_body() -> None:
    quotes = _quotes(
        "The Corvid Esports League, which runs the tournament, said an attack had flooded its "
        "servers.",
        "Corvid said in a statement that the final would be replayed “from the first map, with no "
        "score carried over” within 14 days.",
        "The National Weather Agency issued a warning. National guidelines call it “a severe "
        "event,” an official said.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, "Corvid Esports League"), (3, None)]


def test_a_body_named_for_two_things_keeps_both_and_goes_by_its_initials() -> None:
    quotes = _quotes(
        "The Securities and Markets Commission opened an inquiry on Tuesday. The SMC said the "
        "trades were “highly unusual.”",
        "The U.S. Seed and Soil Administration approved the variety. According to a statement, "
        "the SSA “found no risk to wild plants,” but required new labels.",
    )
    assert [q.speaker for q in quotes] == [
        "Securities and Markets Commission",
        "U.S. Seed and Soil Administration",
    ]


def test_the_city_is_the_one_city_whose_council_the_article_names() -> None:
    quotes = _quotes(
        "The Marlow Falls City Council voted 5-2 to rename the street.",
        "In a news release, the city said a marker would be placed by the bridge “so that the "
        "story is told in full.”",
        "Officials from the Oakdale City Council and the Brill City Council met. The city said "
        "it was “ready.”",
    )
    # (of two cities' councils, "the city" is neither)
    assert [q.speaker for q in quotes] == ["City of Marlow Falls", None]


def test_a_who_clause_between_a_person_and_the_verb_names_no_speaker() -> None:
    quotes = _quotes(
        "Independent Sen. Ruth Calder, who sits with him on the Senate's finance committee, said "
        "the agency should “publish the audit in full.”",
    )
    assert [q.speaker for q in quotes] == ["Ruth Calder"]


def test_a_person_known_by_a_who_clause_keeps_the_verb_joined_by_and() -> None:
    quotes = _quotes(
        "Organiser Pavel Brandt said the course had been changed at dawn.",
        "Kenya's Mercy Otieno, who had won three of her last four starts, faded to sixth and "
        "called the new course “a joke.”",
        "“Nobody told us until this morning,” she said.",
    )
    # (she is the runner, not the organiser quoted before her)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, "Mercy Otieno"), (3, "Mercy Otieno")]


def test_calls_with_no_object_before_the_words_is_a_noun_and_a_county_no_person() -> None:
    quotes = _quotes(
        "The Harbor County Fire Department, which covers the island, said its crews would answer "
        "Lakeview County calls “as fast as our own.”",
    )
    assert [q.speaker for q in quotes] == ["Harbor County Fire Department"]


def test_words_printed_on_packets_and_a_name_a_trade_gives_a_shift_are_no_quotes() -> None:
    quotes = _quotes(
        "The brand's packets promised “grown without soil, cut at dawn” lettuce.",
        "Nurse Ada Kim, 44, works the late shift that nurses call “the graveyard.” Kim said "
        "staffing had improved.",
    )
    assert quotes == []


def test_a_participle_after_a_clause_whose_subject_is_he_is_his() -> None:
    quotes = _quotes(
        "The league suspended umpire Ole Brandt for two weeks after audio showed he had ignored "
        "the advice, telling colleagues he did not want “a sideshow” late in the game.",
    )
    assert [q.speaker for q in quotes] == ["Ole Brandt"]


def test_an_office_named_by_its_holders_role_speaks_as_a_body() -> None:
    quotes = _quotes(
        "The prime minister's office said in a statement that talks would “resume without delay.”",
        "A lawyer for the mayor's office said the claim was “premature.”",
    )
    # (the lawyer speaks in the second, not the office)
    assert [q.speaker for q in quotes] == ["prime minister's office", None]


def test_a_body_a_lawyer_represents_names_no_new_speaker_for_the_next_quote() -> None:
    quotes = _quotes(
        "Corvane Maritime, the vessel's manager, said in a statement that its anchor had "
        "“dragged in gale-force winds.”",
        "“The inquiry has judged us before seeing the logbook,” said Mira Kostic, a lawyer "
        "representing Corvane Maritime. “The crew followed every instruction.”",
    )
    assert [q.speaker for q in quotes] == ["Corvane Maritime", "Mira Kostic", "Mira Kostic"]


def test_an_age_an_appositive_and_a_who_clause_with_a_large_number_leave_the_verb_to_the_name() -> (
    None
):
    quotes = _quotes(
        "The second witness, Rosa Delgado, 61, an orchard owner from Yuba City, California, who "
        "lost 1,200 of her 2,000 trees, told the court she found “only dry branches and silence.”",
    )
    assert [q.speaker for q in quotes] == ["Rosa Delgado"]


def test_a_nationality_before_a_name_is_not_part_of_it_and_names_them_later() -> None:
    quotes = _quotes(
        "Spanish Lucia Moreno beat Norway's Ingrid Dahl in the final on Sunday.",
        "“I was lucky with the wind,” Moreno said.",
        "Dahl, who will rise to fifth in the rankings, said she had no regrets.",
        "“I gave everything today,” the 31-year-old Norwegian said.",
    )
    assert [q.speaker for q in quotes] == ["Lucia Moreno", "Ingrid Dahl"]


def test_a_quoted_word_joined_to_a_term_is_a_term_too() -> None:
    quotes = _quotes(
        "The electronic judge that calls “in” and “long” was silent for two points.",
        "The coach called the ruling “absurd” and “unfair,” Nadia Holt said.",
    )
    assert [q.quote for q in quotes] == ["absurd", "unfair,"]


def test_a_noun_that_ends_as_peoples_nouns_do_makes_a_role_or_a_description() -> None:
    quotes = _quotes(
        "Omar Haddad, a beekeeper from Fresno, told the panel he found “hives full of dead brood.”",
        "“The crossings are too rough to risk,” a ferryman on the night route told Reuters.",
    )
    assert _who(quotes) == [
        (1, "hives full of dead brood.", "Omar Haddad", "beekeeper from Fresno", True),
        (2, "The crossings are too rough to risk,", None, "ferryman on the night route", False),
    ]


def test_the_verb_of_a_relative_clause_does_not_cut_the_description_short() -> None:
    quotes = _quotes(
        "“We are two people short every night,” a nurse who asked not to be named told Reuters.",
    )
    assert _who(quotes) == [
        (1, "We are two people short every night,", None, "nurse who asked not to be named", False)
    ]


def test_an_unnamed_source_after_according_to_is_described() -> None:
    quotes = _quotes(
        "According to a person familiar with the talks, the merger is “all but done.”",
    )
    assert _who(quotes) == [
        (1, "all but done.", None, "person familiar with the talks", True),
    ]


def test_the_role_an_appositive_gave_in_any_trade_names_the_person_later() -> None:
    quotes = _quotes(
        "Omar Haddad, a beekeeper from Fresno, lost half his hives this spring.",
        "“I have never seen anything like it,” the beekeeper said.",
    )
    assert [q.speaker for q in quotes] == ["Omar Haddad"]


def test_someone_described_in_the_paragraph_before_speaks_as_the_noun_or_pronoun() -> None:
    quotes = _quotes(
        "Mayor Jane Holt said repairs would start on Monday.",
        "A beekeeper from Chico said the losses began in March.",
        "“We opened the boxes and there was nothing,” the beekeeper said.",
    )
    # (not the mayor, named before the beekeeper was described)
    assert _who(quotes) == [
        (3, "We opened the boxes and there was nothing,", None, "beekeeper", False),
    ]


def test_a_name_in_apposition_to_whom_a_lawyer_represents_leaves_the_verb_to_the_lawyer() -> None:
    quotes = _quotes(
        "Two men were charged on Friday. Nadia Okoro, a barrister representing one of the men, "
        "Tom Ferrel, said her client “rejects every allegation” and would plead not guilty.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Nadia Okoro", "barrister representing one of the men")
    ]


def test_a_they_clause_reported_by_someone_is_their_account() -> None:
    quotes = _quotes(
        "Hotel owner Ivo Brandt said bookings had halved. His sister, Lena Brandt, said they were "
        "urging visitors to “still come and walk the lower paths.”",
    )
    assert [q.speaker for q in quotes] == ["Lena Brandt"]


def test_the_words_of_someones_promise_are_theirs_whoever_reports_them() -> None:
    quotes = _quotes(
        "“We will not close a single branch,” said Maria Quent, the bank's chief executive.",
        "Union leader Saul Webb said Quent's pledge in March of “no forced redundancies” had "
        "already been broken.",
    )
    assert [q.speaker for q in quotes] == ["Maria Quent", "Maria Quent"]


def test_a_bodys_organ_after_its_common_noun_speaks_for_the_body() -> None:
    quotes = _quotes(
        "The Northern Basketball League suspended the coach for six games.",
        "The league's appeals panel said the coach had shown “a pattern of abusive conduct” "
        "toward referees.",
    )
    assert [q.speaker for q in quotes] == ["Northern Basketball League"]


def test_a_who_clause_role_ends_where_a_second_verb_of_saying_joins() -> None:
    quotes = _quotes(
        "“The river has never been this low,” said Ada Kern, who runs a ferry at Elmsby and said "
        "she had cancelled 30 crossings.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Ada Kern", "runs a ferry at Elmsby")]


def test_a_source_after_according_to_with_a_who_clause_of_saying_is_a_person() -> None:
    quotes = _quotes(
        "The mill will shut in June, according to Petra Vos, who said the decision was “final "
        "and painful.”",
    )
    assert [q.speaker for q in quotes] == ["Petra Vos"]


def test_unnamed_sources_counted_in_a_number_are_described_with_it() -> None:
    quotes = _quotes(
        "The insurer is weighing a sale of its Asian unit, two people familiar with the matter "
        "said, adding that talks were “at an early stage.”",
        "Several port workers told Reuters the cranes had been “idle for weeks.”",
        "A source close to the talks said the buyers had argued the price was “far too high.”",
    )
    # (a description ends at its verb of saying, however far the quote is from it)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        (None, "two people familiar with the matter"),
        (None, "several port workers"),
        (None, "source close to the talks"),
    ]


def test_a_role_in_lower_case_before_a_name_is_the_persons_role() -> None:
    quotes = _quotes(
        "“The ice was unplayable,” league commissioner Anton Reiter told reporters.",
        "“We had no warning,” said retired nurse Edith Kamau.",
        "The federation suspended referee Ola Brekke, who said the ruling was “unfair.”",
    )
    # (a verb after a noun, "federation suspended", is a clause, not part of the role)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Anton Reiter", "league commissioner"),
        ("Edith Kamau", "retired nurse"),
        ("Ola Brekke", "referee"),
    ]


def test_a_bodys_initials_in_brackets_close_an_appositive_role() -> None:
    quotes = _quotes(
        "“Nobody wants to strike,” said Niamh Carey, president of the Coastal Pilots Union (CPU).",
        "The CPU said in a statement that the vote was “overwhelming.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Niamh Carey", "president of the Coastal Pilots Union (CPU)"),
        ("Coastal Pilots Union", None),
    ]


def test_a_name_inside_a_clause_set_off_by_commas_is_a_person_who_speaks_later() -> None:
    quotes = _quotes(
        "Austria, anchored by Katrin Moser, were promoted to third after the ruling. "
        "“It is not how anyone wants a medal,” Moser said.",
    )
    # (", were promoted" is the predicate the clause left, not an appositive saying what she is)
    assert [q.speaker for q in quotes] == ["Katrin Moser"]


def test_a_body_named_for_two_things_with_its_initials_before_a_role_names_no_new_speaker() -> None:
    quotes = _quotes(
        "“The rules were applied,” International Rowing and Canoe Federation (IRCF) competition "
        "director Piet Jansen told reporters. “We look at the boat, not the crew.”",
    )
    assert [q.speaker for q in quotes] == ["Piet Jansen", "Piet Jansen"]
    role = "International Rowing and Canoe Federation (IRCF) competition director"
    assert quotes[0].speaker_role == role


def test_an_unnamed_voice_of_a_body_is_described_past_an_appositive_on_the_body() -> None:
    quotes = _quotes(
        "A spokesperson for Tollway, the mapping app the driver said he used, said the company "
        "“takes these reports seriously” and was reviewing the route.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(None, "spokesperson for Tollway")]


def test_a_lone_word_that_speaks_is_a_body_unless_it_is_a_common_word() -> None:
    quotes = _quotes(
        "The ski was flagged at the start. Vallorbe-Ski said in a statement it would appeal and "
        "called the scanner “not fit to decide a result.”",
        "Rescuers said the road would stay “impassable for days.”",
        "Staff said the shelter was “full by noon.”",
        "Kirkwall told councillors he thought the plan was “a false economy.”",
    )
    # (wire copy names a person in full first: a lone word speaking is a body, unless "he"
    # follows; a plural of people or a dictionary word names no one)
    assert [q.speaker for q in quotes] == ["Vallorbe-Ski", None, None, "Kirkwall"]


@pytest.mark.parametrize(
    "text",
    [
        "“We are checking every plant,” Kessbach said on Tuesday.",
        "Kessbach on Tuesday said it was “checking every plant.”",
        "In a statement, Kessbach said it was “checking every plant.”",
        "Austria's Kessbach said it was “checking every plant.”",
        "Kessbach, the valve maker, said it was “checking every plant.”",
        "“We are checking every plant,” said Kessbach, adding that no leak had been found.",
        "Asked about the leak, Kessbach said it was “checking every plant.”",
    ],
)
def test_a_lone_word_speaks_after_a_quote_a_time_an_opening_phrase_or_an_appositive(
    text: str,
) -> None:
    assert [q.speaker for q in _quotes(text)] == ["Kessbach"]


def test_initials_that_speak_alone_are_a_body_and_an_age_makes_a_lone_word_a_person() -> None:
    quotes = _quotes(
        "The mine was shut on Monday. KVM said it was “monitoring the situation.”",
        "“We did nothing wrong,” Dorrance, 54, said of the ruling.",
        "Aldine, who founded the firm in 1998, said the ruling was “a relief.”",
    )
    assert [q.speaker for q in quotes] == ["KVM", "Dorrance", "Aldine"]


def test_an_unnamed_official_is_described_past_an_aside_on_speaking() -> None:
    quotes = _quotes(
        "A ministry official, speaking on condition of anonymity, said the plan was “dead.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(None, "ministry official")]


def test_a_person_after_a_bodys_possessive_is_the_speaker_not_the_body() -> None:
    quotes = _quotes(
        "“The numbers speak for themselves,” Bergstrom Capital's Lena Holt said in a note.",
        "Marlow Bank's Ivo Lind told clients the cut was “priced in.”",
    )
    assert [q.speaker for q in quotes] == ["Lena Holt", "Ivo Lind"]


def test_a_brochures_promise_that_is_printed_text_while_a_companys_promise_is_a_quote() -> None:
    quotes = _quotes(
        "The fund's brochures promised that “every forest pays its way,” a line it used with "
        "pension funds. Its managing partner, Erik Dahl, said the line was “never a guarantee.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("never a guarantee.", "Erik Dahl")]


def test_a_body_named_short_speaks_past_a_which_clause_and_its_lawyer_is_not_the_body() -> None:
    quotes = _quotes(
        "Residents sued Harrow Ridge Milling Co. on Tuesday over dust from its silos.",
        "Harrow Ridge, which supplies Kestrel Foods and now mills 40,000 tonnes a year, said "
        "in a statement that it was “fully compliant.”",
        "A lawyer for Harrow Ridge said the suit was “without merit.”",
    )
    assert [(q.quote, q.speaker, q.speaker_role) for q in quotes] == [
        ("fully compliant.", "Harrow Ridge Milling Co.", None),
        ("without merit.", None, "lawyer for Harrow Ridge"),
    ]


def test_a_role_in_lower_case_with_an_of_phrase_before_a_name_after_a_quote_is_theirs() -> None:
    quotes = _quotes(
        "“We could not start the race safely,” clerk of the course Tiago Ramos told reporters.",
        "“Some of us were pushed,” a marshal posted at the bridge said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Tiago Ramos", None),
        (None, "marshal"),
    ]


def test_a_participle_after_an_inverted_attribution_has_the_name_after_the_verb() -> None:
    quotes = _quotes(
        "“The numbers don't add up,” said Raj Doe, an analyst at Sandbar Securities, adding "
        "that the target was “ambitious.”",
    )
    assert [q.speaker for q in quotes] == ["Raj Doe", "Raj Doe"]


def test_words_a_banner_or_placard_reads_after_them_are_printed_text_not_a_quote() -> None:
    quotes = _quotes(
        "“Enough is enough,” read a banner held by protesters outside parliament.",
        "“Hands off our hospital,” one placard said. “We will fight on,” a spokesman for the "
        "protesters said.",
    )
    assert [(q.quote, q.speaker_role) for q in quotes] == [
        ("We will fight on,", "spokesman for the protesters")
    ]


def test_a_name_in_apposition_to_a_role_held_somewhere_takes_that_role() -> None:
    quotes = _quotes(
        "“We will not pay for this,” the mayor of Halden, Ivar Solberg, said on Monday.",
        "“Never,” the mayor added.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Ivar Solberg", "mayor of Halden"),
        ("Ivar Solberg", "mayor of Halden"),
    ]


def test_a_body_named_in_apposition_to_what_it_is_speaks_but_a_person_so_named_does_not() -> None:
    quotes = _quotes(
        "A union representing the drivers, Transwerk, said: “This is a betrayal of staff.”",
        "“We regret the delay,” the regulator, Ofrail, said.",
        "“We regret it,” the company's chief executive, Marsh, said.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("This is a betrayal of staff.", "Transwerk"),
        ("We regret the delay,", "Ofrail"),
        ("We regret it,", None),
    ]


def test_names_in_quote_marks_inside_a_sentence_are_no_ones_words_whatever_their_language() -> None:
    quotes = _quotes(
        "Inspectors flagged a shipment labelled “Flor de la Vega”, the agency said.",
        "Some bottles carried a forged “Denominación de Origen” seal.",
        "Alerts went out through the bloc's “Food Integrity Alert Network”, an official said.",
        "“Never Again,” said Ana Ruiz, who organised the march.",
    )
    assert [q.quote for q in quotes] == ["Never Again,"]


def test_a_company_named_with_a_european_legal_form_speaks_past_a_which_clause() -> None:
    quotes = _quotes(
        "Bodegas Monte Alto SL, which owns the bottling plant, said in a statement that it "
        "was “cooperating fully.”",
        "Lindqvist Trä Oy said it had “no comment.”",
    )
    assert [q.speaker for q in quotes] == ["Bodegas Monte Alto SL", "Lindqvist Trä Oy"]


def test_a_relative_who_is_also_something_else_and_a_shared_surname_later() -> None:
    quotes = _quotes(
        "Rangi Tawhai, 29, set a new mark on Saturday.",
        "His wife and coach, Aroha Tawhai, said the family had paid for the attempt. “The "
        "judges were chosen by the board, not by us,” she said.",
        "The board said the result would stand.",
        "Tawhai said he would try again in March. “I'll be back,” he said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Aroha Tawhai", "Rangi Tawhai’s wife and coach"),
        ("Rangi Tawhai", None),
    ]


def test_a_record_holder_named_before_an_appositive_is_a_person_who_speaks() -> None:
    quotes = _quotes(
        "Former record holder Callum Birse, a Scot who watched from the front row, said the "
        "ruling was right. “Rules are rules, even when they break your heart.”",
    )
    assert [q.speaker for q in quotes] == ["Callum Birse"]


def test_a_public_bodys_of_name_runs_past_a_company_word_inside_it() -> None:
    quotes = _quotes(
        "The regulator, the Office of Rail Standards, said Eastline had “failed passengers.”",
        "The Office of Water Protection said levels were “well above” the limit.",
    )
    assert [q.speaker for q in quotes] == ["Office of Rail Standards", "Office of Water Protection"]


def test_a_person_noun_opening_a_sentence_before_a_name_is_what_the_person_is() -> None:
    quotes = _quotes(
        "Commuter Jack Ferro, who travels daily from Seabrook, said the fine changed nothing. "
        "“They pay, we still stand,” he said.",
        "Agronomist Keith Oyo of the state extension service said yields could fall. “A lot of "
        "this crop is past saving,” he said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Jack Ferro", "commuter"),
        ("Keith Oyo", "agronomist"),
    ]


def test_a_counterpart_named_after_a_capitalised_adjective_is_a_person_she_can_be() -> None:
    quotes = _quotes(
        "“Today we chose people over grievances,” Foreign Minister Alek Morow told reporters.",
        "His Kostravan counterpart, Elena Dragan, was more cautious. She said the deal was “a "
        "first step, not a final settlement.”",
    )
    assert [q.speaker for q in quotes] == ["Alek Morow", "Elena Dragan"]


def test_a_relatives_appositive_and_an_advisers_make_people_not_bodies() -> None:
    quotes = _quotes(
        "“You can’t balance a budget on the backs of children,” Carl Mendes, a father of two "
        "pupils at Brookside Elementary, told the board.",
        "Kwame Boateng, an adviser to Ghana’s culture ministry, said the figures would return. "
        "“Our grandchildren will see them at home,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Carl Mendes", "Kwame Boateng"]


def test_a_role_of_a_group_before_a_title_and_name_leaves_the_name_the_subject() -> None:
    quotes = _quotes(
        "Chair of judges Professor Alan Fair called the book “a quiet masterpiece.”",
        "A lawyer for defendant Ann Lee said the claim was “absurd.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Alan Fair", "Professor"),
        (None, "lawyer for defendant Ann Lee"),
    ]


def test_sir_and_dame_are_honorifics_not_part_of_the_name() -> None:
    quotes = _quotes(
        "The company’s chair, Dame Patricia Holm, said the board “takes it seriously.”"
    )
    assert [q.speaker for q in quotes] == ["Patricia Holm"]


def test_he_after_a_speaker_who_reports_a_shared_plan_is_the_speaker() -> None:
    quotes = _quotes(
        "Singer Liam Hask and guitarist Owen Price said they had reconciled.",
        "Hask said he and Price had agreed not to discuss the split. “That’s between us,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Liam Hask"]


def test_a_film_title_before_its_description_is_a_name() -> None:
    quotes = _quotes(
        "“The Salt Road,” a drama about two sisters, won the top prize on Saturday.",
        "“I made this film for every woman,” director Ines Carva said.",
    )
    assert [q.quote for q in quotes] == ["I made this film for every woman,"]


def test_a_profile_calls_people_by_their_given_names_after_naming_them_in_full() -> None:
    quotes = _quotes(
        "Inside, Nell Harker and her sister, Tess Harker, have been baking since three.",
        "“We argue about everything except the bread,” says Nell, 34. “The bread is sacred.”",
        "Tess handles the business side. “Somebody has to count the money,” she says.",
    )
    assert [q.speaker for q in quotes] == ["Nell Harker", "Nell Harker", "Tess Harker"]


def test_a_priests_title_is_an_honorific_not_part_of_his_name() -> None:
    quotes = _quotes(
        "Father Tom Galvin still has a goalkeeper's hands.",
        "“People ask if I miss it,” he says.",
    )
    assert [q.speaker for q in quotes] == ["Tom Galvin"]


def test_counsel_named_with_prosecuting_or_defending_speaks_as_court_copy_writes_it() -> None:
    quotes = _quotes(
        "Judge Sandra Okoro told the defendant his crimes were “cynical.”",
        "Rhys Moran, defending, said his client had a gambling addiction. “That is an "
        "explanation, not an excuse,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Sandra Okoro", "Rhys Moran"]


def test_a_things_name_in_apposition_or_given_by_calling_is_no_ones_words() -> None:
    quotes = _quotes(
        "Launched alongside a companion lander, “Wayfinder,” the orbiter mapped the pole.",
        "Her second novel, “The Salt Road,” was published this month.",
        "Local people call the volcano “the Old Man,” and few of them left.",
        "His answer, “Never Again,” was brief.",
    )
    assert [q.quote for q in quotes] == ["Never Again,"]


def test_a_body_named_with_and_or_an_ampersand_speaks_as_one_body() -> None:
    quotes = _quotes(
        "The Australian Competition and Consumer Commission said it was “making inquiries.”",
        "The Lakes & Rivers Trust, the charity that runs the locks, said the canal would stay "
        "shut for “at least three months.”",
        "In a statement, the trust said it was “deeply sorry” for the disruption.",
        "Marks & Spencer said the recall was “a precaution.”",
    )
    assert [q.speaker for q in quotes] == [
        "Australian Competition and Consumer Commission",
        "Lakes & Rivers Trust",
        "Lakes & Rivers Trust",
        "Marks & Spencer",
    ]


def test_quoted_words_naming_a_class_or_a_rule_before_its_noun_are_no_quote() -> None:
    quotes = _quotes(
        "He said the bridge had been placed in the “amber” category after an inspection.",
        "The exchange said it would cancel the trades under its “error trade” policy.",
        "Mayor Ann Oduya said the city faced a “modest but real” shortfall.",
    )
    assert [q.quote for q in quotes] == ["modest but real"]


def test_a_club_spokesperson_is_no_trust_named_before_and_a_body_in_apposition_is_one() -> None:
    quotes = _quotes(
        "The Dunmore Rovers Supporters' Trust is unconvinced by the stadium plan.",
        "A club spokesperson said the lease was “standard for modern ownership.”",
        "“Prices will fall,” Ana Ruiz, an analyst at Penn & Holt, wrote in a note.",
        "Shares in Veloria's state oil company, Velcorp, fell 4 percent. The company said its "
        "plans were “unchanged for now.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        (None, "club spokesperson"),
        ("Ana Ruiz", "analyst at Penn & Holt"),
        ("Velcorp", None),
    ]


def test_a_body_named_for_two_things_with_several_words_or_a_firm_of_partners_is_one_body() -> None:
    quotes = _quotes(
        "Southmere Water and Sewerage Company Ltd said: “We need everyone to play their part.”",
        "The Meridian Space and Research Agency called it “a remarkable achievement.”",
        "The Medicines and Healthcare Products Safety Agency of Norland said the benefits "
        "“outweigh the risks.”",
        "Halloran, Pike & Mercer Holdings plc said the cuts were “a necessary step.”",
    )
    assert [q.speaker for q in quotes] == [
        "Southmere Water and Sewerage Company Ltd",
        "Meridian Space and Research Agency",
        "Medicines and Healthcare Products Safety Agency of Norland",
        "Halloran, Pike & Mercer Holdings plc",
    ]


def test_quoted_words_modifying_the_noun_after_them_name_a_kind_unless_they_judge_it() -> None:
    quotes = _quotes(
        "Chief executive Priya Raman said the money would take its “pick-and-pack” robot into "
        "new markets, and called the quarter “a turning point.”",
        "Mayor Ann Oduya said the city faced a “modest but real” shortfall.",
    )
    assert [q.quote for q in quotes] == ["a turning point.", "modest but real"]


def test_signalling_demanding_or_thanking_reports_words() -> None:
    quotes = _quotes(
        "The Central Bank of Norland left its rate unchanged but signalled that cuts could come "
        "“as early as the spring.”",
        "Prime Minister Ada Brook accepted the resignation, thanking him for “his dedicated "
        "service.”",
    )
    assert [q.speaker for q in quotes] == ["Central Bank of Norland", "Ada Brook"]


def test_a_role_in_the_lead_is_the_one_the_next_paragraph_gives_it_after_others() -> None:
    quotes = _quotes(
        "A former finance director was jailed for six years, in what the judge called “a "
        "calculated and prolonged betrayal.”",
        "Sentencing Dennis Corr, 58, at Castlereach Crown Court, Judge Ellen Fair said he had "
        "lived a “lifestyle of yachts and racehorses.”",
    )
    assert [q.speaker for q in quotes] == ["Ellen Fair", "Ellen Fair"]


def test_a_bodys_organ_after_an_opening_phrase_speaks_for_the_body() -> None:
    quotes = _quotes(
        "Cascade Minerals Inc. has rejected a takeover bid from Tern Mining Corp.",
        "In a filing with the Securities and Exchange Authority of Westmark, Cascade's board "
        "said it had “unanimously concluded” that the offer was too low.",
    )
    assert [q.speaker for q in quotes] == ["Cascade Minerals Inc."]


def test_a_hyphenated_description_before_a_name_is_no_part_of_it() -> None:
    quotes = _quotes(
        "Twelve-year-old Anjali Desai said: “I just pictured his handwriting.”",
        "Runner-up Imogen Tully said: “She is a machine.”",
        "Co-founder Ann Lee-Smith said: “We grew fast.”",
    )
    assert [q.speaker for q in quotes] == ["Anjali Desai", "Imogen Tully", "Ann Lee-Smith"]


def test_a_name_after_a_possessive_inside_an_appositive_is_where_the_role_is_held() -> None:
    quotes = _quotes(
        "“The repairs will take a month,” Ilias Marou, technical director of the vessel's "
        "Piraeus-based owner Kelvos Nautilia, said in a statement.",
        "“We expect delays,” Ada Lenk, head of claims at the ship's owner Fjordline Vesta, said.",
    )
    assert [q.speaker for q in quotes] == ["Ilias Marou", "Ada Lenk"]


def test_a_comma_grouping_digits_stays_inside_an_appositive() -> None:
    quotes = _quotes(
        "Tomas Vrba, a retired teacher from Brno with €24,000 in the fund, said the currency "
        "warning had been “hidden in a footnote.”",
        "Kenya's Ruth Wanjiru, the reigning world champion in the 10,000 meters, has been "
        "suspended, the agency said. “I have never cheated,” she wrote.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Tomas Vrba", "retired teacher from Brno with €24,000 in the fund"),
        ("Ruth Wanjiru", None),
    ]


def test_a_musicians_role_opening_a_sentence_is_no_part_of_the_name() -> None:
    quotes = _quotes(
        "The band's new album is out on Friday. Drummer Lena Stroud said they had recorded "
        "“about a dozen takes” of the title track.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Lena Stroud", "Drummer")]


def test_a_council_spokesman_is_the_council_never_a_school_named_last() -> None:
    quotes = _quotes(
        "Ruth Amble, head teacher of Saltmarsh Primary School, said the roof leaked.",
        "“We understand parents' frustration,” a council spokesman said.",
        "The district council, which owns the building, said repairs were due. “We will act "
        "quickly,” a council spokeswoman said.",
    )
    assert [q.speaker for q in quotes] == [None, "district council"]


def test_a_passives_agent_is_who_a_later_he_may_be() -> None:
    quotes = _quotes(
        "The Amble Trust said it would refuse the donation, its chief executive, Nina Vos, said.",
        "The trust was founded in 1987 by retired nurse Walter Amble, 84, who left its board in "
        "2015. Reached at home, he said he backed the decision “completely”.",
    )
    assert [q.speaker for q in quotes] == ["Walter Amble"]


def test_in_an_exchange_the_answer_is_the_one_the_question_was_put_to() -> None:
    quotes = _quotes(
        "Counsel for the builder, Marcus Reed, questioned the surveyor, Jane Okoro. “We were "
        "told it was sound,” Okoro said. “By whom?” Reed asked. “By your client.”",
        "Minister Paula Grey took questions. When a reporter asked, “Will you resign?” she "
        "replied, “No,” and moved on.",
        "One reporter asked about the delay. “We saw it in May,” Grey said. “Should you have "
        "acted then?” the reporter pressed. “Yes.”",
    )
    assert [(q.quote, q.speaker or q.speaker_role) for q in quotes] == [
        ("We were told it was sound,", "Jane Okoro"),
        ("By whom?", "Marcus Reed"),
        ("By your client.", "Jane Okoro"),
        ("Will you resign?", "reporter"),
        ("No,", "Paula Grey"),
        ("We saw it in May,", "Paula Grey"),
        ("Should you have acted then?", "reporter"),
        ("Yes.", "Paula Grey"),
    ]


def test_a_question_answered_with_a_question_goes_on_with_the_one_answering() -> None:
    quotes = _quotes(
        "Counsel Marcus Reed asked the chef, Jane Okoro: “Why did you never complain?” “To "
        "whom?” Okoro replied. “He was the manager.”",
        "Architect Sam Hale, 79, left the firm in 2011. The council said the work followed "
        "“extensive consultation.” The architect said he would not sue. “I'm too old for "
        "lawyers.”",
    )
    assert [(q.quote, q.speaker) for q in quotes][2:] == [
        ("He was the manager.", "Jane Okoro"),
        ("extensive consultation.", None),
        ("I'm too old for lawyers.", "Sam Hale"),
    ]


def test_a_lead_quote_alone_is_the_one_the_next_paragraph_says_it_came_from() -> None:
    for follow in (
        "That was the warning from Hana Lisle, head of Brookside School, as she addressed "
        "parents on Monday.",
        "That is how Hana Lisle, a 19-year-old student, described the blast.",
        "The speaker, Chief Hana Lisle of the Riverside Fire District, spent Sunday on a boat.",
    ):
        [quote] = _quotes("“We won't have a school to fix next summer.”", follow)
        assert quote.speaker == "Hana Lisle", follow
    [quote] = _quotes("“We won't have a school next summer.”", "Hana Lisle runs the school.")
    assert quote.speaker is None


def test_labels_changed_from_one_to_another_are_no_ones_words() -> None:
    quotes = _quotes(
        "Analysts at Corbel Securities said the outlook “still looks thin” and cut their rating "
        "on the shares from “hold” to “sell” on Friday.",
    )
    assert [q.quote for q in quotes] == ["still looks thin"]


def test_a_lowercase_word_before_a_capitalised_title_and_a_name_is_part_of_the_speaker() -> None:
    quotes = _quotes(
        "“We missed it, and we are sorry,” agency Director Ruth Calloway said on Monday.",
        "“Stay off the coast road,” county Emergency Management Coordinator Iris Bell warned.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Ruth Calloway", "Director"),
        ("Iris Bell", "Emergency Management Coordinator"),
    ]


def test_he_after_a_sentence_he_opens_is_still_that_speaker_not_the_one_he_spoke_of() -> None:
    quotes = _quotes(
        "Agency Director Ann Calloway apologised in a written statement on Monday.",
        "State Sen. Paul Ridley, who chairs the transport committee, said he would call a "
        "hearing. He said Calloway had phoned him to apologize. “An apology is not a plan,” "
        "he said.",
    )
    assert [q.speaker for q in quotes] == ["Paul Ridley"]


def test_a_gloss_of_a_slogan_is_no_ones_words_either() -> None:
    quotes = _quotes(
        "Ines Marlow, an analyst at Keel Research, said the fine “could hurt for years” for a "
        "bakery chain whose slogan is “Altijd vers”, or “always fresh”."
    )
    assert [q.quote for q in quotes] == ["could hurt for years"]


def test_someone_close_to_a_bodys_committee_is_not_that_body() -> None:
    [quote] = _quotes(
        "The largest shareholder is the venture fund Norrhaven. A person close to the fund's "
        "investment committee said it would invest again “only with a clear plan,” asking not "
        "to be named."
    )
    assert quote.speaker is None
    assert quote.speaker_role == "person close to the fund's investment committee"


def test_a_lead_quote_alone_is_the_one_the_next_paragraph_opens_on_when_quoted_later() -> None:
    for follow in (
        "Tessa Grell, 61, runs the Orbit, a one-screen cinema in Ely, Nevada.",
        "So says Tessa Grell, who has run the Orbit cinema in Ely since 1998.",
        "That warning came from Fire Chief Tessa Grell in a letter to the council.",
    ):
        quotes = _quotes(
            "“Nobody comes for the films. They come for the dark.”",
            follow,
            "“We sell more popcorn than tickets,” Grell said.",
        )
        assert [q.speaker for q in quotes] == ["Tessa Grell", "Tessa Grell"], follow
    quotes = _quotes(
        "“Nobody comes for the films.”",
        "Tessa Grell, 61, runs the Orbit, a one-screen cinema in Ely, Nevada.",
        "“We sell more popcorn than tickets,” said projectionist Dale Ott.",
    )
    assert quotes[0].speaker is None  # (the one introduced is never quoted: no one known)


def test_an_opening_phrase_does_not_hide_whose_speech_the_sentence_reports() -> None:
    quotes = _quotes(
        "On a conference call with analysts, Chief Executive Nora Vance said the slowdown was "
        "temporary.",
        "“Our customers bought ahead last year. Now they are working through it.”",
    )
    assert [q.speaker for q in quotes] == ["Nora Vance"]


def test_a_quote_left_open_is_the_one_its_closing_paragraph_names() -> None:
    quotes = _quotes(
        "Shares fell 9% after the results on Tuesday.",
        "“Our customers bought ahead last year. Now they are working through it.",
        "“What I'd ask investors to watch is our orders,” Chief Executive Nora Vance said.",
    )
    assert [q.speaker for q in quotes] == ["Nora Vance", "Nora Vance"]


def test_labels_on_signs_in_marketing_and_after_a_number_are_no_ones_words() -> None:
    quotes = _quotes(
        "The plan adds a 40-space “safe parking” lot near the fairgrounds.",
        "The company had advertised its cameras as “hack-proof.”",
        "Parents held signs that said “Let Them Sleep” in block letters.",
        "“I'm told it was lovely,” manager Gus Orrin deadpanned.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("I'm told it was lovely,", "Gus Orrin")]


def test_a_name_in_apposition_to_a_relative_is_the_subject_a_pronoun_points_at() -> None:
    quotes = _quotes(
        "Omar Vance, 71, finished the race for the 40th year. His granddaughter, Lina Vance, 19, "
        "ran alongside him. “He made me promise not to let him walk,” she said.",
        "Her brother and business partner, Teo Marl, handles the books. “She does the people. "
        "I do the numbers,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Lina Vance", "Teo Marl"]


def test_a_first_name_given_an_age_makes_the_full_name_a_person() -> None:
    quotes = _quotes(
        "Nadia Crane beat her sister Joan Crane 6-4, 7-5 on Saturday to win the title.",
        "“I've been losing to her since I was six,” Nadia, 27, said.",
    )
    assert [q.speaker for q in quotes] == ["Nadia Crane"]


def test_an_unnamed_delegate_and_a_cooperative_speak_for_themselves() -> None:
    quotes = _quotes(
        "A delegate from one of the larger nations said the cuts would cost jobs. Asked whether "
        "his government would accept less, he said: “Everything is on the table.”",
        "The Valle Alto Growers Cooperative said in a statement that the frost was “serious but "
        "not catastrophic.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        (None, "delegate"),
        ("Valle Alto Growers Cooperative", None),
    ]


def test_the_answers_of_a_transcript_are_the_one_interviewed() -> None:
    quotes = _quotes(
        "Ada Quell, 29, became mayor of Lakeview in January. She spoke with a reporter this week.",
        "Q: “What surprised you most?”",
        "A: “How much of it is plumbing.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("What surprised you most?", None),
        ("How much of it is plumbing.", "Ada Quell"),
    ]


def test_a_question_alone_after_an_answer_is_the_one_asking_again() -> None:
    quotes = _quotes(
        "The exchange was between Senator Walt Rennick and Deputy Secretary Ana Brill.",
        "“Did anyone read that report?” Rennick asked.",
        "“It was read, senator,” Brill replied.",
        "“Whose decision was that?”",
        "“I don't know yet,” she said.",
    )
    assert [q.speaker for q in quotes] == [
        "Walt Rennick",
        "Ana Brill",
        "Walt Rennick",
        "Ana Brill",
    ]


def test_she_past_a_paragraph_about_a_man_is_the_woman_quoted_before() -> None:
    quotes = _quotes(
        "Dr. Nina Keel, an obstetrician, said she learned of the closure by email. “We have "
        "delivered babies in pickup trucks,” she said.",
        "State Representative Luis Brava posted that he would seek funding. “Rural mothers "
        "deserve better,” he wrote.",
        "“You can't run a ward on goodwill,” she said.",
    )
    assert [q.speaker for q in quotes] == ["Nina Keel", "Luis Brava", "Nina Keel"]


def test_a_statement_read_to_a_court_is_followed_by_its_words() -> None:
    quotes = _quotes(
        "Lena Ashby, whose mother lived at the home, read a statement to the court. “My mother "
        "was billed for therapy on days she could not sit up.",
        "“She was billed for a session on the morning she died.”",
    )
    assert [q.speaker for q in quotes] == ["Lena Ashby", "Lena Ashby"]
    # (a letter someone else wrote, read aloud, is not the reader's words)
    quotes = _quotes(
        "The principal, Grace Adewale, read aloud a letter the late teacher had written. “Dear "
        "Linden Grove,” it began."
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_councilmember_is_a_title() -> None:
    quotes = _quotes(
        "Councilmember Rosa Delvane, who wrote the ordinance, said drivers had complained. “This "
        "is about safety,” Delvane said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Rosa Delvane", "Councilmember")]


def test_a_players_or_trainers_role_opening_a_sentence_is_no_part_of_the_name() -> None:
    quotes = _quotes(
        "Striker Tomas Ibarra scored twice. “I am happy here,” Ibarra said.",
        "Trainer Maeve Cullen said the colt was “a proper monkey at home.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Tomas Ibarra", "Striker"),
        ("Maeve Cullen", "Trainer"),
    ]


def test_a_participle_after_a_preposition_is_no_verb_of_saying() -> None:
    # "of confirmed cases": an adjective; "She described …" is the verb, and she the speaker.
    quotes = _quotes(
        "“We cannot wait for every result,” said Marta Quiroga, a plant pathologist. She "
        "described removal of confirmed cases as “painful but standard” under the rules."
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("We cannot wait for every result,", "Marta Quiroga"),
        ("painful but standard", "Marta Quiroga"),
    ]


def test_words_a_product_is_described_only_as_on_its_label_are_no_quote() -> None:
    quotes = _quotes(
        "Some makers switched to blends described only as “berry flavored” on the box.",
        "“Shoppers rarely read that line,” said Owen Pratt, a grocer.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("Shoppers rarely read that line,", "Owen Pratt")
    ]


def test_a_shared_surname_is_the_one_this_paragraph_has_named_other_than_in_passing() -> None:
    quotes = _quotes(
        "Lily Marsh had her lamb ready for the show. Then the fair was cancelled.",
        "Lily’s father, Dale Marsh, said the family had spent $900 on feed. “She isn’t "
        "thinking about the money. I am,” Marsh said.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("She isn’t thinking about the money. I am,", "Dale Marsh")
    ]


def test_a_father_and_son_of_one_name_are_told_apart_by_jr_and_sr() -> None:
    quotes = _quotes(
        "Walt Kimble Sr. saddled his first starter in 1981. On Saturday, his son, Walt Kimble "
        "Jr., will saddle the favorite.",
        "“Dad still beats me to the barn,” the younger Kimble said.",
        "“Somebody has to check his work,” Kimble Sr. said with a grin.",
        "The elder Kimble said he had no regrets. “He is a better trainer than I was,” he said.",
    )
    assert [q.speaker for q in quotes] == [
        "Walt Kimble Jr.",
        "Walt Kimble Sr.",
        "Walt Kimble Sr.",
    ]


def test_she_after_someone_who_pressed_her_is_not_the_one_pressing() -> None:
    quotes = _quotes(
        "“Will viewers leave?” asked host Carl Benning.",
        "“Some will,” Irina Sobel replied.",
        "Benning pressed her on whether a cheaper plan was coming. “We are looking at it,” "
        "she said.",
    )
    assert [q.speaker for q in quotes] == ["Carl Benning", "Irina Sobel", "Irina Sobel"]


def test_a_pronoun_after_a_sentence_with_several_subjects_is_the_one_saying_it() -> None:
    quotes = _quotes(
        "Alderman Denise Okoro, former chief Ray Brandao, and organizers Kim Lamb and Jorge "
        "Ibanez have spent months collecting signatures, Okoro said. “We have 9,000 names,” "
        "she said.",
        "“They said that last year, too,” Ibanez said after the event.",
    )
    assert [q.speaker for q in quotes] == ["Denise Okoro", "Jorge Ibanez"]


def test_he_after_a_sentence_that_he_opens_is_that_he_not_the_one_he_named() -> None:
    quotes = _quotes(
        "Local president Victor Salas said the deal included raises of 18%. He credited the "
        "plant's new manager, Curtis Webley, with breaking the deadlock. “Without him, we'd "
        "still be out,” he said."
    )
    assert [q.speaker for q in quotes] == ["Victor Salas"]


def test_a_who_clause_between_a_name_and_said_and_party_words_before_a_name() -> None:
    quotes = _quotes(
        "“My opponent wants farmers to give up,” Republican candidate Boyd Harlan said.",
        "Democrat Lucia Ferraz, whom Harlan was quoting, said her words had been twisted. “I "
        "said we need to plan for drought,” she said.",
        "Dispatcher Monica Rey said the boy had done everything right. “He gave me the gate "
        "code,” Rey said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Boyd Harlan", "Republican candidate"),
        ("Lucia Ferraz", None),
        ("Monica Rey", "Dispatcher"),
    ]


def test_a_moderator_or_a_host_named_after_a_question_asks_it() -> None:
    quotes = _quotes(
        "“Would you commit to no new taxes?” moderator Sandra Lim asked.",
        "“Are you worried subscribers will leave?” asked host Ben Whitford of a business podcast.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Sandra Lim", "moderator"),
        ("Ben Whitford", "host"),
    ]


def test_what_someone_did_after_their_name_is_no_role() -> None:
    quotes = _quotes(
        "His opponent, Beth Andrade, shook her head. “That is a promise he cannot keep,” she said.",
        "Jane Roe, a retired teacher, said the vote was “a mistake.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Beth Andrade", None),
        ("Jane Roe", "retired teacher"),
    ]


def test_a_quote_alone_after_a_paragraph_ending_on_a_stance_and_a_colon_is_its_subjects() -> None:
    quotes = _quotes(
        "Ravi Mehta, who started the company in his garage in 2017, was blunt when asked "
        "whether it could keep pace with rivals:",
        "“We do not need to outspend anyone.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, "Ravi Mehta")]


def test_a_surname_asked_something_in_an_aside_before_said_is_a_speaker() -> None:
    quotes = _quotes(
        "Marco Bellini hit a two-run homer in the ninth inning and the Redbirds rallied to win.",
        "Bellini, asked about the pitch, said, “I was just trying to put the ball in play.”",
    )
    assert [q.speaker for q in quotes] == ["Marco Bellini"]


def test_words_someone_once_told_the_speaker_are_that_someones() -> None:
    quotes = _quotes(
        "Edith Moran, who ran a tutoring center for four decades, died on Friday. She was 88.",
        "Former student Carl Ortega said Moran once told him, “You are not bad at math.” “I "
        "have said that to a hundred kids since,” Ortega said.",
    )
    assert [q.speaker for q in quotes] == ["Edith Moran", "Carl Ortega"]


def test_a_quoted_name_inside_an_attribution_is_read_past() -> None:
    quotes = _quotes(
        "Mayor Tom Reyes, who has backed what supporters call the “Fair Streets” plan, said he "
        "was “disappointed” but hopeful.",
        "Singer-songwriter Nina Vale will headline the fair.",
        "Vale, who first came to attention on the talent show “Open Mic Nights”, said she was "
        "“thrilled” to play at home.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("disappointed", "Tom Reyes"),
        ("thrilled", "Nina Vale"),
    ]


def test_an_age_before_a_name_or_a_group_after_it_makes_a_person() -> None:
    quotes = _quotes(
        "Nineteen-year-old Ana Ferro beat top seed Kim Lasko in straight sets.",
        "Ferro, a qualifier, has been dubbed “the Wall” by fans. “I don’t mind the nickname,” "
        "she said.",
        "Jo Brandt, of the dockers’ union, said the word “efficiency”, which the plan uses ten "
        "times, “usually means cuts”. “We will talk,” he said.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("I don’t mind the nickname,", "Ana Ferro"),
        ("usually means cuts", "Jo Brandt"),
        ("We will talk,", "Jo Brandt"),
    ]


def test_names_and_statuses_given_to_things_are_no_quotes() -> None:
    quotes = _quotes(
        "Researchers at the Marlow Institute say they have found a new octopus, which they "
        "have informally named the “glass moth” because of its glow.",
        "The Eastvale Department of Health said it had designated three districts as “enhanced "
        "response areas” and would open clinics. Posts carried the tag “#StaySafe”.",
        "Governor Ann Pell said a new director would be named “within days”.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("within days", "Ann Pell")]


def test_a_described_opener_is_the_she_after_it_not_someone_named_before() -> None:
    quotes = _quotes(
        "Prosecutor Clara Wynn said the scheme had raised £300,000.",
        "One donor, a retired nurse, told the court she had given £5,000. “I believed every "
        "word of it,” she said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(None, "donor")]


def test_a_role_with_an_of_phrase_is_no_body_and_a_kind_of_business_no_name() -> None:
    quotes = _quotes(
        "“People deserve to know,” Kestrel’s head of trust and safety, Ida Moreau, said.",
        "Electronics maker Vantor unveiled a phone, promising a battery that lasts “two full "
        "days”.",
    )
    # ("Electronics maker": what kind of body Vantor is, whose participle the words follow)
    assert [q.speaker for q in quotes] == ["Ida Moreau", "Vantor"]


def test_a_name_after_an_article_is_a_body_that_it_points_back_at() -> None:
    quotes = _quotes(
        "The parts carried forged paperwork, the Policia Rural said in a statement. It "
        "described the raid, part of an investigation code-named “Operation Falcon,” as “one "
        "of the largest seizures of its kind.”",
        "Tern Athletic, a Lyon-based manufacturer and one of two companies whose rackets "
        "have been certified, said in a statement that it could produce “more than enough.”",
        # (not a name that only qualifies the noun after it: a podcast, no body that speaks)
        "“They cannot build enough,” analyst Ivo Lind told the Money Talk podcast. “They have "
        "missed dates twice.”",
    )
    assert [q.speaker for q in quotes] == [
        "Policia Rural",
        "Tern Athletic",
        "Ivo Lind",
        "Ivo Lind",
    ]


def test_words_a_clause_with_no_one_as_subject_reports_are_the_participles_subjects() -> None:
    quotes = _quotes(
        "University President Helen Marsh wrote to staff on Thursday, saying the claims, "
        "if true, described conduct that was “cruel and dangerous.”",
        "Coach Ray Poll praised the team, saying a witness described the goal as “unreal.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Helen Marsh", "University President"),
        (None, "witness"),  # (a witness: described, never the coach)
    ]


def test_a_source_who_gave_only_one_name_is_named_by_it() -> None:
    quotes = _quotes(
        "“It is too hot to sleep,” said a woman in her 60s, who gave her name only as Rosa.",
        "“I come here every day,” said a man at the centre, who gave only his first name, Tomas.",
    )
    assert [q.speaker for q in quotes] == ["Rosa", "Tomas"]


def test_the_name_shares_are_traded_in_is_a_company_that_it_points_back_at() -> None:
    [q] = _quotes(
        "Shares in Orrin Vale fell 12 percent after the company warned that profit would miss "
        "forecasts, citing what it described as “unusually weak” demand."
    )
    assert q.speaker == "Orrin Vale"


def test_a_place_government_in_lower_case_is_the_body_a_later_mention_means() -> None:
    quotes = _quotes(
        "A strong earthquake struck the province on Wednesday, according to the Ostrel regional "
        "government.",
        "The regional government declared an emergency and said rescue teams were working "
        "“around the clock”.",
    )
    assert [q.speaker for q in quotes] == ["Ostrel regional government"]


def test_it_after_a_sentence_opening_on_a_body_by_its_common_noun_is_that_body() -> None:
    quotes = _quotes(
        "The Harbour Anglers Guild said on Monday that fishing had stopped.",
        "Transport Minister Ruth Vella said the line’s manager kept “our complete support.”",
        "The ministry set the repair bill at 2 million euros. “Our aim is to reopen the line "
        "before winter,” it said in a statement.",
    )
    # (not the guild, the last body named: the ministry the minister heads)
    assert [q.speaker for q in quotes] == ["Ruth Vella", "Transport Ministry"]


def test_a_word_of_saying_after_a_determiner_and_a_word_is_a_noun() -> None:
    [q] = _quotes(
        "The Harbour Anglers Guild said its members kept boats in port because of a flood "
        "warning for the coast that “never came true.”"
    )
    assert q.speaker == "Harbour Anglers Guild"
    # (a body before the participle is its subject: the words are still someone's)
    [q] = _quotes(
        "Fans waited outside, with the club warning that the match could be “called off for now.”"
    )
    assert q.quote == "called off for now."


def test_a_name_inside_the_appositive_of_a_named_subject_is_not_the_speaker() -> None:
    [q] = _quotes(
        "Nora Keel, a lawyer for the city’s former finance director, Paul Arden, said her "
        "client had “warned the council twice.”"
    )
    assert q.speaker == "Nora Keel"
    # (not a name inside an opening phrase: the mother speaks, whom her appositive names)
    [q] = _quotes(
        "In a statement read by the club’s lawyer, Ann Doyle, the player’s sister, Eve Rowan, "
        "said: “She trained every day.”"
    )
    assert q.speaker == "Eve Rowan"


def test_a_sentence_of_background_after_a_quote_leaves_the_next_paragraph_to_its_speaker() -> None:
    quotes = _quotes(
        "“We have maybe a year of stock left. After that, I do not know,” Brightwood Tools "
        "Chief Executive Lena Sauer said in an interview. Brightwood has closed its order "
        "book.",
        "“Good timber needs years to dry. You cannot rush it.”",
        "“Prices will go up,” said Omar Reyes, a dealer in Lyon. Rival maker Otto Brand has "
        "doubled its prices.",
        "“Nobody wants that.”",
    )
    # (a background sentence naming someone new leaves the next quote to no one the copy says)
    assert [q.speaker for q in quotes] == ["Lena Sauer", "Lena Sauer", "Omar Reyes", None]


def test_a_title_with_its_portfolio_after_for_is_the_role_and_the_last_words_the_name() -> None:
    quotes = _quotes(
        "State Secretary for Tourism Mila Kovac told reporters the funds were “not at risk.”",
        "“We will see,” Kovac said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Mila Kovac", "State Secretary for Tourism"),
        ("Mila Kovac", "State Secretary for Tourism"),
    ]


def test_words_of_a_language_glossed_and_text_shown_on_things_are_no_quotes() -> None:
    quotes = _quotes(
        "The guide taught them a Welsh word, “hiraeth,” meaning a longing for home.",
        "The weaver’s patterns follow “sisu,” a stubborn kind of courage.",
        "The last message from the rover held the text “BATTERY LOW RETURNING.”",
        "A laminated card on the counter reads “Cash only after six.”",
        "Regulars call the corner booth “the Office,” and staff do too.",
        "Team-mates took to calling her “Sparky,” a name she now signs with.",
        "The call centre’s new hires all follow a “two-voice” check.",
    )
    assert quotes == []


def test_a_body_that_only_looks_like_a_text_carrier_still_speaks() -> None:
    # (a record label is a company; "card" in "red card" is a thing, not printed text)
    quotes = _quotes(
        "“We will appeal,” the record label said.",
        "After the red card, coach Ann Lee said: “We lost our heads.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("We will appeal,", None),
        ("We lost our heads.", "Ann Lee"),
    ]


def test_a_title_it_goes_under_is_no_quote_and_going_on_is_speaking() -> None:
    quotes = _quotes(
        "The novel won the prize; it was released in Britain as “The Glass Orchard.”",
        "The item appears on the agenda as “Review of Parking Charges (Zone 4).”",
        "The file puts the scheme under the heading “Harbour Works Fund,” used since spring.",
        "The transcript shows that Alderman Tom Ferris opposed the fee. Ferris went on: “We "
        "cannot ask families to pay twice.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("We cannot ask families to pay twice.", "Tom Ferris")
    ]


def test_labels_signs_and_statuses_set_as_display_text_are_no_quotes() -> None:
    quotes = _quotes(
        "The survey grades the bridge “Band 2 – Repair Soon.”",
        "Flyers on the lamp posts read “Have You Seen This Dog?” The bakery had a sign on its "
        "door saying “Back In Ten Minutes.”",
        "The site lists the lake as “severely limited.”",
        "Some jars were labelled “keep frozen” by mistake.",
        "The file spelled the street “Bay Road” instead of “Bay Rode.”",
        "A note says the form should have read “the north gate.”",
        "The boxes carried the line “Warning: Sharp Edges,” the company said.",
        "He shouted “Get Out Of My Shop!” at the men, Ann Lee said.",
        "“Tired? Yes. Done? No,” said coach Bea Quill.",
    )
    # (words a verb of saying governs are speech, however they are capitalised; so are several
    # short sentences)
    assert [q.quote for q in quotes] == ["Get Out Of My Shop!", "Tired? Yes. Done? No,"]


def test_a_one_name_source_a_pen_name_in_a_who_clause_and_a_letter_sent_by_a_body() -> None:
    quotes = _quotes(
        "Critic Nina Vale lost the case. Vale, who blogs under the name “The Night Owl,” said "
        "on her site that she would “read the ruling carefully.”",
        "A man at the gate, who gave only his first name, Ivo, said his son was inside. “We are "
        "still waiting for news,” he said.",
        "The complaint comes in a letter sent to the mayor on Friday by the Dockworkers Guild. "
        "“We were never consulted,” the letter said.",
    )
    assert [q.speaker for q in quotes] == ["Nina Vale", "Ivo", "Dockworkers Guild"]


def test_a_lead_quote_whose_post_the_next_paragraph_gives_an_owner_is_the_owners() -> None:
    quotes = _quotes(
        "“Parking on the square ends at midnight. No exceptions.”",
        "That message, from the office of Elmford Mayor Dana Ruiz, has been shared widely.",
    )
    assert [q.speaker for q in quotes] == ["Dana Ruiz"]


def test_a_review_by_a_body_is_its_own_and_a_term_after_such_modifies_its_noun() -> None:
    quotes = _quotes(
        "A review by the Lakeside Water Board said repairs were “years behind schedule,” and "
        "called for an audit.",
        "“Crews have been stretched for too long,” the review said.",
        # (a term that modifies the noun after it, after a demonstrative too)
        "The Port Institute said such “last-hop” vans add trips.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("years behind schedule,", "Lakeside Water Board"),
        ("Crews have been stretched for too long,", "Lakeside Water Board"),
    ]


def test_a_groups_name_a_coined_term_and_an_inverted_attribution() -> None:
    quotes = _quotes(
        "Marta Lind has joined a tenants' group, “Keep the Lights On!”, which wants the depot "
        "shut. It plans to seek an injunction next month, said its lawyer, Tomas Rieder. “A "
        "fine changes nothing,” he said.",
        "The Coastal Health Fund estimated that many towns are what it called “pharmacy "
        "voids”: places far from any chemist.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("A fine changes nothing,", "Tomas Rieder")]


def test_a_name_given_a_who_clause_or_a_noun_named_is_a_person() -> None:
    quotes = _quotes(
        "Riders filled the square at Vell for Ivo Brandt, the three-time champion of the Osk "
        "rally who retired in 1995.",
        "Brandt never liked crowds.",
        "“The road does not care who you are,” he told a radio station in 1990.",
        "In 1971 a 30-year-old welder named Ines Kaur crossed the strait in a boat she had built.",
        "“Calm sea, wet socks,” she jotted on her chart.",
    )
    assert [q.speaker for q in quotes] == ["Ivo Brandt", "Ines Kaur"]


def test_a_former_clubs_role_is_no_body_a_saints_name_keeps_st_and_a_clause_is_no_role() -> None:
    quotes = _quotes(
        "Former Kelso Rangers captain Tam Reid died on Sunday at 81, the club said.",
        "“Tam was the heart of this place,” the club added.",
        "The St. Aldric's Hospital Trust said it was “proud of a century of care.”",
        "His niece, Dr. Ruth Amble-Soto, is now a surgeon at the hospital. “I came for the job,” "
        "she said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        (None, None),
        ("St. Aldric's Hospital Trust", None),
        ("Ruth Amble-Soto", None),
    ]


def test_text_a_thing_bears_and_names_given_by_a_class_of_people_are_no_ones_words() -> None:
    quotes = _quotes(
        "Crates marked “Handle With Care,” sat on the dock. A folder, labelled “Open First.” "
        "lay on the desk.",
        "Some tins carried stickers reading “Best Before Spring.”",
        "The pump showed the code “P-09.” and stopped.",
        "The council, Mayor Lena Holt said, had put the road on its “priority repair list”.",
        "The firm uses a valve its engineers call the “twin-seal,” to cut leaks.",
        "Some riders call the night bus “the crawler,” though it is rarely late.",
        "Pickers in the valley, or “jornaleros,” as day labourers are known there, left early.",
        "Holt said the repairs would be “done by June,” and called the delay “a mess.”",
    )
    # (what someone is reported as saying stays theirs, lower case or not)
    assert [q.quote for q in quotes] == ["done by June,", "a mess."]


def test_a_lone_quote_after_a_question_put_to_someone_is_their_answer() -> None:
    quotes = _quotes(
        "Marta Quill, 12, won the final round on Sunday.",
        "Asked what she would tell the runner-up, she smiled.",
        "“See you next year.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("See you next year.", "Marta Quill")]


def test_whom_a_speaker_told_is_no_new_speaker_and_it_after_an_unnamed_body_is_no_one() -> None:
    quotes = _quotes(
        "Umpire Karl Denes stopped the game in the fifth inning.",
        "“The lights went out twice,” Denes told broadcaster Radio Halden. “We could not go on.”",
        "The home side blamed the power company. “We are furious,” the club said. It said the "
        "generator was “past its best.”",
    )
    assert [q.speaker for q in quotes] == ["Karl Denes", "Karl Denes", None, None]


def test_a_quote_then_a_sentence_saying_whose_it_was_a_title_before_a_particle_name() -> None:
    quotes = _quotes(
        "“We never saw water that high.” Those were the words of Ines Moro, a ferry pilot, as "
        "the river crested on Friday.",
        "“The bridge stays shut,” said Mayor Pieter van den Bosch.",
        "Shopkeeper Dara Quinn said she had moved her stock upstairs. “It was the third time,” "
        "she said.",
        "Student Housing Partners said it would “review every lease.”",
    )
    assert [q.speaker for q in quotes] == [
        "Ines Moro",
        "Pieter van den Bosch",
        "Dara Quinn",
        "Student Housing Partners",
    ]


def test_police_ranks_before_a_name_are_titles() -> None:
    quotes = _quotes(
        "“We ask anyone with footage to call us,” said Lt. Rosa Keane, a department spokeswoman.",
        "“The note was handwritten,” said Special Agent Owen Pike of the bureau's field office.",
        "Sgt. Lena Moss said the road would stay closed. “It is a crime scene,” she said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Rosa Keane", "Lt."),
        ("Owen Pike", "Special Agent"),
        ("Lena Moss", "Sgt."),
    ]


def test_a_person_identified_by_name_and_a_text_message_sent() -> None:
    quotes = _quotes(
        "The driver, identified by state police as Milo Dean Farrow, was detained. According to "
        "a court filing, Farrow told officers he had “only looked away for a second.”",
        "Farrow then texted a friend, “Car is in the ditch.”",
    )
    assert [q.speaker for q in quotes] == ["Milo Dean Farrow", "Milo Dean Farrow"]


def test_a_name_of_a_team_and_a_stance_after_another_quote_of_the_sentence() -> None:
    quotes = _quotes(
        "Dutch rider Pim Hollander of the Valdara team said the stewards had “ruined the "
        "finish,” while his rival, Portugal's Tiago Serra, was calmer: “We race again on "
        "Sunday.”",
        "Nadia Brook of the Westfield youth orchestra said the hall was “far too cold.”",
    )
    assert [q.speaker for q in quotes] == ["Pim Hollander", "Tiago Serra", "Nadia Brook"]


def test_a_body_s_role_before_a_name_and_a_that_clause_s_own_speaker() -> None:
    quotes = _quotes(
        "“The offer is final,” plant manager Gil Orton said.",
        "Ferrow Mills' director of human resources, Priya Lund, waited by the door. “We will "
        "meet again on Monday,” she said.",
        "Dario Venn, 39, told the tribunal that the foreman, Hal Brisco, walked over to the "
        "press and said, “Leave the guard off for today.”",
        "Venn, 39, told the panel he had refused. “I was not going to lose a hand,” he said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Gil Orton", "plant manager"),
        ("Priya Lund", "Ferrow Mills' director of human resources"),
        ("Hal Brisco", "foreman"),
        ("Dario Venn", None),
    ]


def test_words_a_verb_of_saying_introduces_are_not_the_next_sentence_s_speaker() -> None:
    quotes = _quotes(
        "Presenter Ola Brant read a message from a viewer that said simply, “Who pays for "
        "this?” Mayor Cy Rudd said the budget would be published in May.",
    )
    assert [q.speaker for q in quotes] == [None]


def test_one_person_who_goes_by_they() -> None:
    quotes = _quotes(
        "“The plan is sound,” said engineer Rhea Coll.",
        "Neighbor Jo Hartt, a beekeeper who uses they/them pronouns, disagreed. “Nobody asked "
        "the people on this street,” they said.",
        "Several residents left early. “We have heard enough,” they said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Rhea Coll", "engineer"),
        ("Jo Hartt", "neighbor"),
        (None, None),
    ]


def test_a_name_after_what_someone_is_and_a_statement_from_someone_read_out() -> None:
    quotes = _quotes(
        "“The bus never came on time,” said the last speaker, Mona Reyes, drawing cheers "
        "from the back of the hall.",
        "Clerk Owen Tate read a statement from the club's treasurer, Lia Brandt, who was "
        "abroad. “I kept every receipt,” the statement said.",
    )
    assert [q.speaker for q in quotes] == ["Mona Reyes", "Lia Brandt"]


def test_a_lead_quote_alone_then_a_paragraph_pointing_back_at_it() -> None:
    def lead(opening: str) -> str | None:
        quotes = _quotes("“We were promised a clinic, and we got a car park.”", opening)
        return quotes[0].speaker

    assert lead("That remark, from retired nurse Ada Quill, drew cheers at the meeting.") == (
        "Ada Quill"
    )
    assert lead("With that, council member Ben Sato opened the hearing on Monday.") == "Ben Sato"
    assert lead("Tenants' leader Ruth Mabry began the march with those words.") == "Ruth Mabry"
    assert lead("With that, the hearing was adjourned until June.") is None


def test_a_name_then_what_they_are_then_a_verb_of_saying_is_a_person() -> None:
    quotes = _quotes(
        "Stall holders said trade had doubled since the fair moved to the quay.",
        "Pim Okonjo, a glassblower's apprentice from Ostend, said she had sold out by noon: "
        "“We will need twice the stock next year.”",
        "Rafe Lindqvist, a ferry mechanic, said: “Nobody here has seen crowds like it.”",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Pim Okonjo", "glassblower's apprentice from Ostend"),
        ("Rafe Lindqvist", "ferry mechanic"),
    ]


def test_lines_of_a_list_of_quotes_are_credited_to_whom_they_name() -> None:
    quotes = _quotes(
        "Governor Ada Lindgren of the Orrin Reserve Bank held rates on Thursday and took "
        "questions for an hour. Three things Lindgren said:",
        "1. On prices: “Food has stopped rising. Rent has not.”",
        "2. On the currency: “It is where the market puts it.”",
        "What the traders said:",
        "• Currency dealer Pavel Ostrom, of Kell & Main: “Nobody expected a surprise.”",
        "Bond trader Ines Marlow: “A quiet day is a good day.”",
        "Judge Amos Hart quoted a passage in the contract: “All sales are final.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Ada Lindgren"),
        (3, "Ada Lindgren"),
        (5, "Pavel Ostrom"),
        (6, "Ines Marlow"),
        (7, None),
    ]


def test_transcript_lines_are_their_labelled_speaker_s_words() -> None:
    quotes = _quotes(
        "Ceramicist Wren Halvorsen, 71, has fired her kiln on the same hill for thirty years.",
        "Q: Why stay on the hill?",
        "A: The clay is here. I would have to learn a new one anywhere else.",
        "At a council debate on Monday, Mayor Ilse Brandt faced challenger Tobias Quell.",
        "QUELL: The roads have waited long enough.",
        "MAYOR BRANDT: They are paved on the schedule the council set.",
        "MADAM CHAIR: Order, please.",
        "COUNCILLOR RUNA OSTBY (Ward 3): Can we return to the budget?",
    )
    assert [(q.paragraph, q.speaker, q.speaker_role, q.quote[:12]) for q in quotes] == [
        (2, None, "interviewer", "Why stay on "),
        (3, "Wren Halvorsen", "ceramicist", "The clay is "),
        (5, "Tobias Quell", None, "The roads ha"),
        (6, "Ilse Brandt", "Mayor", "They are pav"),
        (8, "Runa Ostby", None, "Can we retur"),
    ]


def test_a_name_a_class_of_people_give_a_thing_in_a_joined_clause_is_no_quote() -> None:
    assert (
        _quotes(
            'The ferry company sells the crossing as "Harbour to Headland in Ten", and regulars '
            'call its yellow boats "the bath toys". Tour groups often book it.'
        )
        == []
    )


def test_she_is_not_whoever_had_told_her_what_she_reports() -> None:
    [q] = _quotes(
        "Shop owners said the closure came at the worst time. Bakery owner Mirja Talvi, 52, "
        "said the council's events officer, Aarne Koski, had told her that stalls would be "
        'refunded within weeks. "I baked for a thousand visitors and nobody came," she said.'
    )
    assert q.speaker == "Mirja Talvi"


def test_a_quote_resumed_after_an_attribution_naming_a_relative_in_passing() -> None:
    quotes = _quotes(
        '"My father wired every bulb on that sign," said Nell Varga, 58, who co-owns the diner '
        'with her brother, Istvan. "But the lease ends in May and the owner will not renew it."'
    )
    assert [q.speaker for q in quotes] == ["Nell Varga", "Nell Varga"]
    # (not when another sentence comes between: whose words those are is that sentence's)
    quotes = _quotes(
        '"The orchard made money once," said Aldo Brenner, who farms near Linwood with his '
        'daughter, Greta Brenner. His daughter was blunter: "We are growing debt, not apples."'
    )
    assert quotes[1].speaker != "Aldo Brenner"


def test_a_transcript_with_its_interviewer_credited_and_two_people_named_before_it() -> None:
    quotes = _quotes(
        "A month after a flood closed the Tamsin Valley water plant, its manager, Corin Hale, "
        "says supply is back to normal. Hale, who replaced Odile Marchetti in the job last "
        "spring, talked with the Ledger on Monday. Interview by Priya Danvers; edited.",
        "Q: Is the water safe to drink?",
        "A: Yes. We test it every four hours and publish every result.",
        "I know people will keep buying bottled water for a while, and I understand that.",
        "Q: Did the plant have a flood plan?",
        "A: It had one. It assumed the river would never reach the pumps.",
        "The county will vote on a new levee in June.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Priya Danvers"),
        (3, "Corin Hale"),
        (4, "Corin Hale"),
        (5, "Priya Danvers"),
        (6, "Corin Hale"),
    ]
    assert quotes[0].speaker_role == "interviewer"


def test_question_lines_and_the_unlabelled_answers_after_them() -> None:
    quotes = _quotes(
        "Novelist Brigid Ashcombe, whose second book was published this week, spoke with staff "
        "writer Tom Ferrier before a reading in Dunmore.",
        "Question: Why set the book in a lighthouse?",
        "Because nobody can leave a lighthouse in a storm. That is half a plot already.",
        "Question: Do you read your reviews?",
        "Only the kind ones, and only twice.",
        "Ashcombe reads Friday at the Dunmore library.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Tom Ferrier"),
        (3, "Brigid Ashcombe"),
        (4, "Tom Ferrier"),
        (5, "Brigid Ashcombe"),
    ]


def test_one_named_only_in_passing_before_a_transcript_is_not_the_one_interviewed() -> None:
    quotes = _quotes(
        "The harbour board has a new chair. She replaces Lionel Akerby, who stepped down in "
        "March after 12 years.",
        "Q: What will you change first?",
        "A: The berth fees. They have not moved since 2015.",
    )
    assert all(q.speaker != "Lionel Akerby" for q in quotes)


def test_reporter_and_question_labels_and_surnames_written_as_labels() -> None:
    quotes = _quotes(
        "Fire Chief Oona Malley and Mayor Theo Grange took questions outside City Hall.",
        "REPORTER: Chief, is the fire contained?",
        "MALLEY: About 60 percent. The wind is the problem.",
        "QUESTION: Mayor, will the school reopen Monday?",
        "Grange: Not Monday. We will decide by Wednesday.",
        "Theo: That is the plan.",
    )
    assert [(q.paragraph, q.speaker, q.speaker_role) for q in quotes] == [
        (2, None, "interviewer"),
        (3, "Oona Malley", "Fire Chief"),
        (4, None, "interviewer"),
        (5, "Theo Grange", "Mayor"),
    ]


def test_he_is_the_subject_a_long_whom_clause_follows_not_whom_it_names() -> None:
    quotes = _quotes(
        "The Otters lost again on Friday, and coach Ruth Calloway did not hide her anger.",
        "Winger Marco Tessaro, whom Calloway substituted at half-time after a row in the tunnel "
        'with defender Luka Brandt, said he understood. "The coach decides. I would have taken '
        'me off too," he said.',
    )
    assert [q.speaker for q in quotes] == ["Marco Tessaro"]


def test_whom_the_intro_has_give_the_interview_by_a_pronoun_or_a_possessive() -> None:
    quotes = _quotes(
        "Jockey Ferris Quayle, 41, rode his last race on Sunday after 22 seasons. He spoke to the "
        "Courier about his rivalry with Dominic Sheard.",
        "Q: Will you miss it?",
        "A: The horses, yes. The 5 a.m. starts, no.",
    )
    assert quotes[1].speaker == "Ferris Quayle"
    quotes = _quotes(
        "The Herons lost again, and coach Dana Whitlock did not hide her anger. Guard Ines Voll "
        "said little. Excerpts from Whitlock's news conference:",
        "Q: What went wrong?",
        "A: Everything after half-time.",
    )
    assert quotes[1].speaker == "Dana Whitlock"


def test_whose_words_the_next_paragraph_says_they_were_outweighs_the_carried_speaker() -> None:
    quotes = _quotes(
        "The Dunmore Museum of Art will return a carved altar panel to the parish it was taken "
        "from in 1952, the museum said Tuesday.",
        "“It was never ours to keep. We should have said so years ago.”",
        "That statement came from the museum's director, Selma Ruud, who announced the return "
        "with the parish priest.",
    )
    assert [q.speaker for q in quotes] == ["Selma Ruud"]


def test_surname_labels_of_a_panel_whose_names_no_verb_of_saying_follows() -> None:
    # (a panel's guests named only after what they do: the labels are the evidence)
    quotes = _quotes(
        "Three people who live off the lake met to talk about the drought: pear grower Ilse "
        "Varga, dairy farmer Tom Brackley and Wen Ostrova, who sits on the water board. "
        "Reporter Dana Plume moderated.",
        "Plume: Ilse, how many trees did you lose?",
        "Varga: Forty. The oldest ones.",
        "Brackley: We lost a season. That is worse.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Dana Plume"),
        (3, "Ilse Varga"),
        (4, "Tom Brackley"),
    ]


def test_a_label_that_is_a_given_name_is_not_read_into_the_word_before_it() -> None:
    quotes = _quotes(
        "Brothers Aldo and Remo Vesti have run the bakery since 1990. They spoke with Dana Plume.",
        "Plume: Who gets up first?",
        "Aldo: I do. Remo sleeps until four.",
        "Plume: And who bakes?",
    )
    assert ("Brothers Aldo" not in [q.speaker for q in quotes]) and [
        q.paragraph for q in quotes
    ] == [2, 4]


def test_a_question_that_quotes_someone_is_still_the_interviewer_s_whole() -> None:
    quotes = _quotes(
        "Skater Oona Halvorsen, 31, retired on Sunday. She spoke to the Courier about her career.",
        "Q: Your coach once called you “the stubborn one.” Was he right?",
        "A: He was being polite.",
    )
    assert [(q.paragraph, q.quote, q.speaker_role) for q in quotes if q.speaker is None] == [
        (2, "Your coach once called you “the stubborn one.” Was he right?", "interviewer")
    ]
    assert [(q.paragraph, q.speaker) for q in quotes if q.paragraph == 3] == [(3, "Oona Halvorsen")]


def test_a_forum_s_moderator_lines_are_the_moderator_s() -> None:
    unnamed = _quotes(
        "Two candidates for mayor, Gil Oberg and Nadia Pruitt, met at the library on Monday. "
        "Excerpts:",
        "MODERATOR: What would you do first?",
        "OBERG: Fix the roads.",
    )
    assert [(q.paragraph, q.speaker) for q in unnamed] == [(2, None), (3, "Gil Oberg")]
    assert unnamed[0].speaker_role == "moderator"
    named = _quotes(
        "Two candidates for mayor, Gil Oberg and Nadia Pruitt, met at the library on Monday. "
        "The debate was moderated by radio host Ferris Quill. Excerpts:",
        "MODERATOR: What would you do first?",
        "PRUITT: Open the pool.",
    )
    assert [(q.paragraph, q.speaker) for q in named] == [(2, "Ferris Quill"), (3, "Nadia Pruitt")]


def test_the_interviewee_by_a_surname_whose_full_name_opened_the_story() -> None:
    quotes = _quotes(
        "Orla Penhallow took over as head of the county library service on Monday. She "
        "replaces Ivo Stannard, who retired. Penhallow spoke with reporters after a staff "
        "meeting.",
        "Q: What comes first?",
        "A: Opening hours. Nobody can use a library that is shut.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, None), (3, "Orla Penhallow")]


def test_the_body_a_common_noun_means_is_the_one_the_copy_called_so() -> None:
    quotes = _quotes(
        "Corvo Argenti SA, a small silver refiner in Lugano, was dropped from the list on Tuesday.",
        "A study by the campaign group Clear Ore Watch named it among ten suppliers last year. "
        "Back then, the refiner called that study “one-sided.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("one-sided.", "Corvo Argenti SA")]


def test_cllr_is_a_title_and_which_is_no_person() -> None:
    quotes = _quotes(
        "Trust chairman Ivo Penrose, 68, said the council had ignored the damage. He cited an "
        "audit from 2018, commissioned by the then council leader, Cllr Ann Quarry, which had "
        "flagged the damage: “It sat in a cupboard.”",
        "Cllr Ann Quarry said she had “acted on every report.”",
    )
    # (the words after the colon are not the leader's: "which" never points back at a person)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, None), (2, "Ann Quarry")]


def test_a_name_that_says_what_its_own_body_did_is_a_body() -> None:
    quotes = _quotes(
        "Nordic Rowing said its ethics panel had found that the umpire, Karl Dahlberg, favoured "
        "home crews, a pattern it described as “beyond chance.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("beyond chance.", "Nordic Rowing")]


def test_one_named_with_the_place_they_are_from_at_a_sentence_s_end() -> None:
    quotes = _quotes(
        "The record stays with a marrow grown in 2021 by Enzo Farrugia of Hollis, Maine.",
        "Farrugia, reached by phone, said he took no pleasure in it. “Gus is a fine grower. "
        "I would rather lose than win like this,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Enzo Farrugia"]


def test_a_name_set_off_by_commas_before_what_it_did_is_a_person() -> None:
    quotes = _quotes(
        "The boat belongs to Gil Amsel, 63, who said he saw an advert for it on Monday after a "
        "friend, Rory Quenneville, spotted the listing at half price.",
        "Amsel said he arranged a viewing at the marina and alerted police. Officers arrested "
        "Dane Volk, 24, of Kestle, when he turned up.",
        "Police spokeswoman Sgt. Ida Marsh said Volk claimed he had bought the boat from a "
        "stranger. “We hear that one a lot,” she said.",
        "Quenneville said he came across the advert by chance. “I knew the hull at once,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Ida Marsh", "Rory Quenneville"]


def test_notes_by_team_are_no_one_s_words() -> None:
    quotes = _quotes(
        "The Gulls edged the Port Ellis Herons 3-2 on Tuesday night.",
        "Herons: INF Jo Pardee (sore hamstring) started a rehab stint.",
        "Gulls: RHP Al Quist (sore elbow) threw a bullpen session.",
    )
    assert quotes == []


def test_a_hearing_s_transcript_the_bench_and_two_counsel_named_with_and() -> None:
    quotes = _quotes(
        "A county judge declined on Friday to postpone the trial of former harbour master Ivo "
        "Rask, whose lawyers pointed to a witness, Lars Hemm, who is ill. Defense attorney Tomas "
        "Vell and Assistant State's Attorney Nina Ostby made their case to Circuit Judge Petra "
        "Lunde. Part of the exchange:",
        "MR. VELL: Your Honor, Mr. Hemm cannot leave his bed.",
        "MS. OSTBY: We do not need Mr. Hemm, Judge.",
        "THE COURT: Request refused. Jury selection starts Monday.",
        "On the courthouse steps, Vell said an appeal was possible. “Every option is open,” he "
        "said.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Tomas Vell"),
        (3, "Nina Ostby"),
        (4, "Petra Lunde"),
        (5, "Tomas Vell"),
    ]


def test_the_body_a_possessive_appositive_called_so_is_whom_the_noun_means() -> None:
    quotes = _quotes(
        "The new terminal at Osby Ferry Port was built by its operator, Norrvik Port Holding, "
        "for $90 million.",
        "Mayor Ada Lind said the delays were “unacceptable.”",
        "The operator said that fitters from contractor Skarp Lifts were working “in shifts” "
        "to clear the queue.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("unacceptable.", "Ada Lind"),
        ("in shifts", "Norrvik Port Holding"),
    ]


def test_the_interviewer_the_intro_says_the_subject_spoke_to() -> None:
    quotes = _quotes(
        "Ines Marr, chief executive of Gull Ferries, faces a fuel levy next year. She spoke to "
        "Tom Vale, transport editor of the Coast Herald.",
        "Q: Will fares rise?",
        "A: Not this year.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, "Tom Vale"), (3, "Ines Marr")]


def test_two_labels_a_class_changes_between_are_no_quotes() -> None:
    quotes = _quotes(
        "Ana Roe, an analyst at Pell Bank, said the plan looked “credible” and raised her "
        "rating on the shares to “buy” from “neutral”.",
        "The agency cut its outlook from “stable” to “negative” on Friday.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("credible", "Ana Roe")]


def test_members_of_a_body_and_a_grocer_name_the_body() -> None:
    quotes = _quotes(
        "Members of the Wool Traders' Council voted on Sunday to keep the levy.",
        "“The levy stays,” the council said in a statement.",
        "Chipmaker Orvane lost 4%. Shares in grocer Pell Larder rose after it said sales had "
        "been “steady everywhere.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("The levy stays,", "Wool Traders' Council"),
        ("steady everywhere.", "Pell Larder"),
    ]


def test_quotes_alone_credited_by_the_paragraph_that_says_whose_they_were() -> None:
    quotes = _quotes(
        "“Fares will not rise while I am mayor.”",
        "With that line, mayoral candidate Ruth Ambler opened her campaign on Sunday.",
        "The transport board, in a statement, said fares were “under review.”",
        "“A promise is not a budget.”",
        "Board chair Colm Rees made those remarks after the vote.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Ruth Ambler"),
        (3, None),
        (4, "Colm Rees"),
    ]


def test_an_office_named_by_its_holder_and_a_body_with_a_plural_possessive() -> None:
    quotes = _quotes(
        "Fisheries Minister Rosa Tell's office said in a letter that it was “reviewing the "
        "quotas closely.”",
        "The Upland Hop Farmers' Consortium called the levy “a breach of trust” on Monday.",
        "The Fuel Importers' Council said prices would be “held for now.”",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("reviewing the quotas closely.", "Fisheries Minister Rosa Tell's office"),
        ("a breach of trust", "Upland Hop Farmers' Consortium"),
        ("held for now.", "Fuel Importers' Council"),
    ]


def test_a_post_headed_so_and_a_term_after_an_adjective_are_no_quotes() -> None:
    quotes = _quotes(
        "“We heard it from fans first,” Danish rider Ole Brink wrote online, in a post headed "
        "“Once more”.",
        "Brink said the league would pay each club a one-off “travel top-up” of 500 euros.",
    )
    assert [(q.quote, q.speaker) for q in quotes] == [("We heard it from fans first,", "Ole Brink")]


def test_a_couple_sharing_a_surname_are_two_people() -> None:
    quotes = _quotes(
        "Mara and Teo Lindgren have run the ferry cafe on Pike Quay since 2004.",
        "“We never closed, not even in the flood,” Teo said.",
        "Mara was less sure about the new lease. “The rent doubles in May,” she said.",
        "Twins Ada and Lou Brenner, 9, sold lemonade by the gate. Ada said it was “the best "
        "day ever.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (2, "Teo Lindgren"),
        (3, "Mara Lindgren"),
        (4, "Ada Brenner"),
    ]


def test_words_a_relative_told_someone_are_the_relatives() -> None:
    quotes = _quotes(
        "Glen Ashby, 70, has kept bees on Orrin Hill for 50 years. His wife, Nell Ashby, sells "
        "the honey.",
        "Glen said his late father would tell him, “Never rob a hive in the rain.”",
        "“I still hear him every spring,” he said.",
        "Nell said her mother, Ida Crane, told her: “Bees know who is kind.”",
    )
    assert [(q.paragraph, q.speaker, q.speaker_role) for q in quotes] == [
        (2, None, "his late father"),
        (3, "Glen Ashby", None),
        (4, "Ida Crane", "Nell Ashby’s mother"),
    ]


def test_a_nickname_in_a_name_and_a_surname_before_a_relative_is_named() -> None:
    quotes = _quotes(
        "“Nobody finishes the big plate,” said Dorothy “Dot” Farrow, a retired baker.",
        "“Tomorrow I fast,” Dot said.",
        "“It took me an hour,” said Farrow, who won the contest at 74.",
        "Her husband, Alf Farrow, 77, held her coat. “She warned me,” he said.",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Dorothy Farrow"),
        (2, "Dorothy Farrow"),
        (3, "Dorothy Farrow"),
        (4, "Alf Farrow"),
    ]


def test_that_was_a_person_after_the_words_and_a_role_opening_a_sentence() -> None:
    quotes = _quotes(
        "“Forty hours on the road and I would do it again.”",
        "That was Ada Fenn, 52, a night-shift tow truck driver, speaking at the depot on Friday.",
        "A curator with a torch found the leak first. Curator Ines Vall said the roof was "
        "“older than the paintings.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Ada Fenn"), (3, "Ines Vall")]


def test_a_passives_agent_is_who_he_or_she_means_and_a_recalled_teller_speaks() -> None:
    quotes = _quotes(
        "“Best catch in years,” said club secretary Hal Voss.",
        "The largest pumpkin was hauled in by Mira Stone, 15, of Lakeside. “My arms still "
        "ache,” she said.",
        "The workshop was led by potter Ivo Brandt, who grew up nearby. “Clay forgives,” he said.",
        "Voss recalled the club's founder, the late Father Sean Rooke, telling him at his first "
        "meeting, “Never fish for the photo.”",
    )
    assert [(q.paragraph, q.speaker) for q in quotes] == [
        (1, "Hal Voss"),
        (2, "Mira Stone"),
        (3, "Ivo Brandt"),
        (4, "Sean Rooke"),
    ]


def test_offered_after_the_words_says_who_spoke() -> None:
    quotes = _quotes(
        "Members were split. “Give us a year's notice,” said Tom Ruel, a retired welder. “Just "
        "halve the big plots,” offered Nina Sol, who grows beans.",
    )
    assert [q.speaker for q in quotes] == ["Tom Ruel", "Nina Sol"]


def test_she_after_someone_described_past_where_the_sentence_opens() -> None:
    quotes = _quotes(
        "Parks director Ida Renn said the new benches would stay. “They are here for good,” she "
        "said.",
        "Back at the fountain, a retired nurse in her 80s feeding pigeons said she liked the old "
        "ones better. “They had backs,” she said.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Ida Renn", "Parks director"),
        (None, "retired nurse"),
    ]
