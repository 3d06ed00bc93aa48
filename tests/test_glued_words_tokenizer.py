"""The tokenizer parts words that text taken from web pages glued together, and only those.

Rule tests on `spacy.blank("en")` with the project's lexicon; one test on the loaded
pipeline checks that the config wires the tokenizer in and that the rules then read the
parted words.
"""

from __future__ import annotations

import pytest
import spacy

from pipeline.components.countries import read_countries
from pipeline.components.glued_words import GluedWordsTokenizer, create_glued_words_tokenizer
from pipeline.lexicon import read_lexicon
from pipeline.paths import MODELS_DIR
from pipeline.text import text_index


@pytest.fixture(scope="module")
def tokenize():
    nlp = spacy.blank("en")
    nlp.tokenizer = create_glued_words_tokenizer(
        read_lexicon(MODELS_DIR / "lexicon.jsonl"), read_countries(MODELS_DIR / "gazetteers" / "countries.jsonl")
    )(nlp)
    return nlp.make_doc


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list item's country runs into the honorific of the next line's title
        ("KenyaH.E. President Ana Wanjiru", ["Kenya", "H.E.", "President", "Ana", "Wanjiru"]),
        ("NorwayHer Excellency Ms Lise Berg", ["Norway", "Her", "Excellency", "Ms", "Lise", "Berg"]),
        ("PeruDr Rosa Quispe", ["Peru", "Dr", "Rosa", "Quispe"]),
        ("FijiRight Honourable Jone Vaka", ["Fiji", "Right", "Honourable", "Jone", "Vaka"]),
        # a name's last word runs into the office that follows it
        ("Omar Al-HaddadMinister of Trade", ["Omar", "Al", "-", "Haddad", "Minister", "of", "Trade"]),
        ("Lina SoaresAmbassador of Brazil", ["Lina", "Soares", "Ambassador", "of", "Brazil"]),
        # an office runs into the name after it
        ("the PresidentKaruna spoke", ["the", "President", "Karuna", "spoke"]),
        # a function word runs into the linked name after it
        ("held at theUniversity of Lagos", ["held", "at", "the", "University", "of", "Lagos"]),
        ("the Ministry ofForeign Affairs", ["the", "Ministry", "of", "Foreign", "Affairs"]),
        # class: a verb or pronoun glued to the end of a two-word name before the rest of its clause
        (
            "the host, Carlos Mendozawill be joined by",
            ["the", "host", ",", "Carlos", "Mendoza", "will", "be", "joined", "by"],
        ),
        ("Dr Lucia Santoswho chairs the board", ["Dr", "Lucia", "Santos", "who", "chairs", "the", "board"]),
        # class: a preposition glued to the end of a two-word name before its country or body
        ("Governor Tomas Varelaof Panama", ["Governor", "Tomas", "Varela", "of", "Panama"]),
        ("with Mayor Olga Vetrovaof Chisinau", ["with", "Mayor", "Olga", "Vetrova", "of", "Chisinau"]),
        ("Senator Lucia Mendezof the Philippines", ["Senator", "Lucia", "Mendez", "of", "the", "Philippines"]),
        ("Envoy Dario Castellof Brazilian origin", ["Envoy", "Dario", "Castell", "of", "Brazilian", "origin"]),
        # class: a first given name cut — a surname that spaCy's exceptions read as "I'm" stays one word
        ("Prof. Im Harang Sol spoke", ["Prof.", "Im", "Harang", "Sol", "spoke"]),
        # a dateline's place runs into its date over a comma
        ("Accra,12 May 2020: Ministers met", ["Accra", ",", "12", "May", "2020", ":", "Ministers", "met"]),
        # class: a comma with no space after it between a day and its year, or a year and the next word
        ("on Mar 4,2016 at noon", ["on", "Mar", "4", ",", "2016", "at", "noon"]),
        ("first since 2009,Delegates said", ["first", "since", "2009", ",", "Delegates", "said"]),
        ("Sat Jun 3,2017,the envoys left", ["Sat", "Jun", "3", ",", "2017", ",", "the", "envoys", "left"]),
        # a comma before four digits is no thousands group; one before three digits is
        ("some 12,500 delegates", ["some", "12,500", "delegates"]),
        # class: a dash after a colon at a word's end ("as follows:-") is punctuation, not the word's
        (
            "the 4th Andean Water Forum:-\nWelcome",
            ["the", "4th", "Andean", "Water", "Forum", ":", "-", "\n", "Welcome"],
        ),
        ("the agenda is as follows;- trade", ["the", "agenda", "is", "as", "follows", ";", "-", "trade"]),
        # class: a year glued to the page's next label, a dateline's place dashed to its day
        ("3 May 2019Tags: trade", ["3", "May", "2019", "Tags", ":", "trade"]),
        ("Udon Thani-7 Jun 2019:", ["Udon", "Thani", "-", "7", "Jun", "2019", ":"]),
        # class: a given name glued to the surname right after a title word
        ("ex-Governor MartaOrtiz of Jalisco", ["ex", "-", "Governor", "Marta", "Ortiz", "of", "Jalisco"]),
        ("Premier IvánSotelo arrived", ["Premier", "Iván", "Sotelo", "arrived"]),
        # class: a heading's last word glued to the first word of the paragraph under it
        ("Closing sessionThe ministers met", ["Closing", "session", "The", "ministers", "met"]),
        ("Field visitsDuring the week", ["Field", "visits", "During", "the", "week"]),
        # class: an opening bracket glued to the word before it, an acronym or a region in it
        ("the Andean Trade Network(ATN) met", ["the", "Andean", "Trade", "Network", "(", "ATN", ")", "met"]),
        ("Nagpur(Maharashtra), officials said", ["Nagpur", "(", "Maharashtra", ")", ",", "officials", "said"]),
        # class: a list's semicolon glued to the capitalised word of the next item
        ("President of Kenya;H.E. Ana Wanjiru", ["President", "of", "Kenya", ";", "H.E.", "Ana", "Wanjiru"]),
        ("Minister of Trade;Dr Rosa Quispe", ["Minister", "of", "Trade", ";", "Dr", "Rosa", "Quispe"]),
        # class: a dateline's closing bracket glued to a dash and the capitalised word after it
        (
            "QUITO, 2 June (Andes Wire)–Trade Minister Rosa Vera",
            ["QUITO", ",", "2", "June", "(", "Andes", "Wire", ")", "–", "Trade", "Minister", "Rosa", "Vera"],
        ),
        ("(Lakeside Post)-The talks", ["(", "Lakeside", "Post", ")", "-", "The", "talks"]),
        # class: a leading date glued to ".-", a Latin American release's dateline
        ("May 4, 2019.- The Minister", ["May", "4", ",", "2019", ".", "-", "The", "Minister"]),
        ("4 May 2019.- The talks", ["4", "May", "2019", ".", "-", "The", "talks"]),
        # class: a nickname's closing quote glued to the surname after it
        ("Governor Ramón “Chepe”Villeda spoke", ["Governor", "Ramón", "“", "Chepe", "”", "Villeda", "spoke"]),
    ],
)
def test_glued_words_are_parted(tokenize, text, expected):
    doc = tokenize(text)
    assert [t.text for t in doc] == expected
    assert doc.text == text  # parted without inventing a space: offsets stay the text's


@pytest.mark.parametrize("text", ["KenyaH.E. President Ana Wanjiru", "Ministers met in Lima.", ""])
def test_glued_words_tokenizer_hands_its_text_to_the_text_index(tokenize, text):
    """The components' TextIndex takes the tokenizer's text instead of joining the tokens
    again; a Doc parted into new tokens and one left whole keep the same text."""
    doc = tokenize(text)
    assert text_index(doc).text == text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        "McDonald met MacArthur and DeSouza",  # a name's own capitals
        "the FitzGerald report",  # the right side opens no title
        "a YouTube video on an iPhone",  # a brand's capitals
        "the OPECFund grant",  # capitals before the join
        "1,000 delegates from Paris,France",  # a comma between digits, or between letters (spaCy's own)
        "the LootPersonal page",  # 'Personal' opens an office of several words only, not a title alone
        "the offMinister",  # a lower-case word that no list names
        "The Goodwill visit ended",  # a word of four letters before the verb-like tail
        "Prime Minister Poland has won",  # 'Poland' ends in no listed tail word
        "Minister Daniel Thomas said",  # the tail is a word of its own already
        "Mr Carlos Mendozawill",  # no lower-case word after it: no clause goes on
        "Elder Ivan Mikhailof spoke",  # a name ending in 'of' before a lower-case word stays whole
        # class: a real surname ending in "of" before a capitalised word that is no country,
        # demonym or "the" (a body's next word, a country's court, a weekday, a capital city)
        "the Hanna Ostenhof Trust grant",
        "Justice Karl Steinhof Vienna bench",
        "Chief Pavel Karamanof Tuesday",
        "Dr Mira Sokolof Yerevan office",
        # class: a real "-of" surname before a country or demonym that opens a longer proper
        # name, or before "the" and a word that is no country's name
        "Justice Karl Steinhof Austrian Courts ruling",
        "Dr Lena Lindhof Jordan Valley trip",
        "a photo by Peter Waldhof the Danish painter",
        "the Roof Garden and a Proof Reader",  # too short a word before 'of', no name before it
        "a smile :-) and a wink ;-)",  # emoticons stay spaCy's exceptions
        "from 10:30-11:00 today",  # a dash between times is no dash after a colon
        "the U.S.-Peru talks",  # a dash inside a word after a dotted abbreviation stays
        "President McKenzie and Governor MacLeod",  # a short prefix's capital, after a title too
        "Senator FitzPatrick and Judge VanderWaal",  # a longer name prefix's capital
        "the team MartaOrtiz built",  # no title word before it
        "COVID-19 cases, Agenda2030, Lima-1 of them",  # no month after the dash, no year first
        "the openingTheatre and a heThe",  # the opening word is not the whole right side; too short a left
        "the member(s) of the team(s)",  # a bracket before a lower-case letter is a word's own
    ],
)
def test_glued_words_leave_other_words_whole(tokenize, text):
    spacy_tokens = [t.text for t in spacy.blank("en").make_doc(text)]
    assert [t.text for t in tokenize(text)] == spacy_tokens


def test_glued_words_tokenizer_is_the_pipelines(nlp):
    """Wired in by models/config.cfg: the person and the title on a glued list line are found."""
    assert isinstance(nlp.tokenizer, GluedWordsTokenizer)
    doc = nlp("The summit was attended by the following Heads of State: GhanaH.E. President Kofi Mensah.")
    assert {p["name"] for p in doc._.people} == {"Kofi Mensah"}
    assert {(r["name"], r["title"]) for r in doc._.roles} == {("Kofi Mensah", "President")}


def test_glue_regex_tries_the_longest_word_first():
    # class: of two tail words where one opens the other, the longer one is the glued word
    from pipeline.components.glued_words import _glue_regex

    m = _glue_regex(frozenset({"of", "off"}), "").match("Varelaoff")
    assert m is not None and (m["left"], m["tail"]) == ("Varela", "off")


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a delegation size in brackets closing on a digit spaCy's exceptions read as an
        # emoticon ("8)"): the number and the bracket are two tokens, as for any other number
        ("Ghana (8), Togo (3)", ["Ghana", "(", "8", ")", ",", "Togo", "(", "3", ")"]),
        (
            "delegates from Chile (12) and Peru (8).",
            ["delegates", "from", "Chile", "(", "12", ")", "and", "Peru", "(", "8", ")", "."],
        ),
        # negative: other exceptions of spaCy's stay ("8am" is a time)
        ("at 8am (local time)", ["at", "8", "am", "(", "local", "time", ")"]),
    ],
)
def test_glued_words_digit_bracket_is_no_emoticon(tokenize, text, expected):
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a slash glued to an acronym or a capitalised word, a space after it: two bodies
        ("the UNDP/ GEF project", ["the", "UNDP", "/", "GEF", "project"]),
        ("the AU/ ECOWAS mission", ["the", "AU", "/", "ECOWAS", "mission"]),
        ("a joint FAO/ WHO panel", ["a", "joint", "FAO", "/", "WHO", "panel"]),
        ("Health/ Education budgets", ["Health", "/", "Education", "budgets"]),
        # class: an agency's by-line, a hyphen glued to its name at a sentence's or a text's end
        ("the officials said. -Bernama", ["the", "officials", "said", ".", "-", "Bernama"]),
        ("talks ended on Friday. -Xinhua.", ["talks", "ended", "on", "Friday", ".", "-", "Xinhua", "."]),
        ("the talks ended (-Reuters)", ["the", "talks", "ended", "(", "-", "Reuters", ")"]),
        ("the talks ended. -AFP", ["the", "talks", "ended", ".", "-", "AFP"]),
        # class: a hyphen glued after a capitalised word, a space on its other side
        ("the leader of Kazakhstan- Elbasy", ["the", "leader", "of", "Kazakhstan", "-", "Elbasy"]),
        ("envoys from Moldova- the talks", ["envoys", "from", "Moldova", "-", "the", "talks"]),
        # negative: a date, "and/or", a URL's slash, a hyphen inside a word, a suspended
        # compound's first part, a rating, a number or lower-case word after a hyphen
        ("in 12/ 2019 and/ or later", ["in", "12/", "2019", "and/", "or", "later"]),
        ("see http://example.org/ UNDP", ["see", "http://example.org/", "UNDP"]),
        ("see HTTP://EXAMPLE.ORG/ UNDP", ["see", "HTTP://EXAMPLE.ORG/", "UNDP"]),
        ("the UNDP/GEF grant", ["the", "UNDP", "/", "GEF", "grant"]),
        (
            "Jean-Pierre of Guinea-Bissau and Timor-Leste",
            ["Jean", "-", "Pierre", "of", "Guinea", "-", "Bissau", "and", "Timor", "-", "Leste"],
        ),
        ("COVID-19 and ex-President", ["COVID-19", "and", "ex", "-", "President"]),
        ("French- and English-speaking", ["French-", "and", "English", "-", "speaking"]),
        ("rated A- by the agency", ["rated", "A-", "by", "the", "agency"]),
        ("from -5 to -a", ["from", "-5", "to", "-a"]),
        ("pre- and post-war", ["pre-", "and", "post", "-", "war"]),
    ],
)
def test_glued_words_slash_and_hyphen_by_a_space(tokenize, text, expected):
    doc = tokenize(text)
    assert [t.text for t in doc] == expected
    assert doc.text == text


def test_glued_slash_and_byline_hyphen_leave_organisations(nlp):
    """The parted acronym after a slash and the agency of a by-line are the gazetteer's bodies."""
    doc = nlp("The UNDP/ GEF project on clean water will reach 30 villages, the ministry said on Monday. -Bernama")
    acronyms = {o["acronym"] for o in doc._.organisations}
    assert {"UNDP", "GEF", "BERNAMA"} <= acronyms


# class (heldout24): an honorific in dotted capitals glued to the next capitalised word
# ("H.E.Amb.", "H.E.Dr.", "H.E.Mensah") is parted after its last stop
@pytest.mark.parametrize(
    "text, expected",
    [
        ("and H.E.Amb. Carlo Vitale", ["and", "H.E.", "Amb", ".", "Carlo", "Vitale"]),
        ("by H.E.Mensah Boateng", ["by", "H.E.", "Mensah", "Boateng"]),
        ("the H.R.H.Prince Faisal", ["the", "H.R.H.", "Prince", "Faisal"]),
        # negative: a name's initials glued to its surname, an honorific alone, a spaced one
        ("by A.B.Sandoval", ["by", "A.B.Sandoval"]),
        ("H.E. Dr. Ana Ruiz", ["H.E.", "Dr.", "Ana", "Ruiz"]),
        ("the U.S.", ["the", "U.S."]),
    ],
)
def test_glued_dotted_honorific_parted(tokenize, text, expected):
    doc = tokenize(text)
    assert [t.text for t in doc] == expected
    assert "".join(t.text_with_ws for t in doc) == text


# class (heldout30): two sentences run together, a name's last word glued to the next sentence's
# opener (`glued_opening_word`) with a lower-case word after it: parted
@pytest.mark.parametrize(
    "text, expected",
    [
        ("of Peru, Mariano CastilloHe said", ["of", "Peru", ",", "Mariano", "Castillo", "He", "said"]),
        ("with Anna KowalskaShe added", ["with", "Anna", "Kowalska", "She", "added"]),
        ("met Tomas BergAccording to", ["met", "Tomas", "Berg", "According", "to"]),
        # negative: a capitalised word after it (a name's own capital, a brand) stays whole
        ("met Tomas BergHe Lifeng", ["met", "Tomas", "BergHe", "Lifeng"]),
        ("on LinkedIn today", ["on", "LinkedIn", "today"]),
        ("Mr McShe said", ["Mr", "McShe", "said"]),
    ],
)
def test_glued_words_name_before_sentence_opener(tokenize, text, expected):
    assert [t.text for t in tokenize(text)] == expected
