"""The lexicon: every word list the rules use, in one file (`models/lexicon.jsonl`).

Each line is one term of one kind: `{"kind": "body_noun", "term": "committee"}`, with a
`value` where the kind maps a term to something (`{"kind": "count_unit", "term":
"delegates", "value": "participants"}`). A word may belong to two kinds ("assembly" is a
body and an event), never twice to one. Components ask the lexicon for a kind's terms;
span-ruler and Matcher patterns refer to a kind as `"@kind"` in place of an `IN` list
(see `pipeline.rules`), so no rule file keeps a private copy of a list.

The kinds are declared here, with what each means and the values it allows; an unknown
kind, a missing or unknown value, or a term listed twice is reported by file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.util import registry

from .rules import RuleError, invalid, read_jsonl_rules

COUNT_UNITS = ("participants", "countries", "organisations", "delegations")
COUNT_QUALIFIERS = ("exact", "more_than", "less_than", "about", "at_least", "up_to")
DOCUMENT_KINDS = ("speech", "news", "announcement", "press_release")


@dataclass(frozen=True)
class Kind:
    """A kind of term: what it means, and the values a term of it may map to (`None`: no
    value; `str`: any text)."""

    description: str
    values: tuple[str, ...] | type | None = None


KINDS: dict[str, Kind] = {
    # people
    "honorific": Kind("a word written before a person's name and never part of it (Mr, H.E., Dr, Ambassador)"),
    "not_a_name": Kind("a capitalised word that is never part of a person's name (President, Foreign, Affairs)"),
    "armed_group": Kind(
        "an armed, militant or insurgent group's name the model may read as a person's (Boko Haram, "
        "Al-Shabaab, Ansar Dine): never a person"
    ),
    "peerage_title": Kind(
        "a British peer's title before the peer's name and territorial designation ('Lord X of Place', "
        "'Baroness Y of Place'): the title, the name and the designation are one name"
    ),
    "name_particle": Kind("a lower-case word inside a person's name, between two of its parts (da, de, von, van)"),
    "name_patronymic": Kind(
        "a word joining a given name to the father's name; the name starts one word before it (bin)"
    ),
    "patronymic_honorific": Kind(
        "a pilgrim's honorific the father's name keeps after 'bin' / 'binti' (Haji, Hajah, Hj): part of "
        "the name as written ('Ahmad bin Haji Ismail')"
    ),
    "name_article": Kind(
        "the Arabic article written before a family name (Al, El): a demonym after it is a family name "
        "('Al Kuwaiti', 'El Masri'), not a nationality"
    ),
    "country_given_name": Kind(
        "a country's name that is also a given name (Jordan, Chad, Georgia, Israel): a name's first word "
        "where the model's person opens with it right after an office or an honorific"
    ),
    "spouse_title": Kind(
        "a courtesy title of an office holder's spouse before her or his name (First Lady, Mama): no office, "
        "and the office holder's short form ('President X') is another person"
    ),
    "given_name_abbreviation": Kind(
        "a given name written short with a period, opening a name as written (Ma. for Maria, Md. and Mohd. "
        "for Muhammad): 'Ma. Theresa Cruz'"
    ),
    "state_abbreviation": Kind(
        "a US state's name written short with a period after its town (AP style: 'Baltimore, Md.', 'Dover, "
        "Del.'), the term without its period: after 'Town,' it is the state, never a given name ('Md.')"
    ),
    "digraph_initial": Kind(
        "an initial of two letters, one Cyrillic letter transliterated (Kh, Ts, Zh, Yu), written with its "
        "period before a surname in Mongolian, Russian and Central Asian names: 'Kh.Battulga', 'Yu. Orlov'"
    ),
    "short_honorific": Kind(
        "an honorific written short with a period that is also a two-letter initial (Sh. for Shri in "
        "Indian names; 'Sh.' is a Central Asian initial too): an honorific only before a full name of two "
        "name words or more ('Sh. Ravi Kumar Nair'), an initial before a lone surname ('Sh. Mirziyoyev')"
    ),
    "given_name_honorific": Kind("an honorific that is also a given name, kept before one name word alone (Sheikh)"),
    "word_prefix": Kind("a prefix joined by a hyphen to a common word (Non-resident, Co-host): no name word"),
    "mixed_acronym_stem": Kind(
        "the lower-case stem of an acronym written in mixed case, before its capitals (Mo of MoFA, Af of AfDB)"
    ),
    "place_preposition": Kind("a preposition before a place that the model may glue to the name after it (in, at)"),
    "name_suffix": Kind("a word closing a person's name (Jr, Sr, III)"),
    "chamber_noun": Kind(
        "a legislative chamber named by one word; written before an office it is the office's "
        "organisation ('Senate Speaker X')"
    ),
    "own_name_chamber": Kind(
        "a legislative chamber's one word that names the chamber alone, in title case ('the Senate', "
        "'President of the Senate'): kept as an organisation where the document names no longer body it "
        "belongs to, unlike a bare body word ('the Parliament', 'the Board') that names no one"
    ),
    "local_office": Kind(
        "an office of a city or a province (mayor, governor): the place named right before it is its organisation"
    ),
    "body_office": Kind(
        "an office whose 'of' complement names the body it belongs to, never a field of the office "
        "('founder of Bright Futures', 'Secretary-General of the Francophonie'), in lower case"
    ),
    "country_office": Kind(
        "an office only a country has (president, prime minister, minister, ambassador, king), in lower case: "
        "a country alone in brackets after its holder's name is its organisation ('President X (Ghana)'), "
        "where after an international body's office it is the holder's nationality ('Special Envoy X (Kenya)')"
    ),
    "body_size_word": Kind(
        "a word joined to a number before a body's name that gives the body's size, no part of the name "
        "('Chair of the 15-member Community', 'President of the 27-nation Union'), in lower case"
    ),
    "academic_degree": Kind(
        "a degree written after a name, between commas, before the name's title (PhD, Ed.D, MBA), written "
        "without its dots and in lower case"
    ),
    "post_nominal": Kind(
        "the letters of an order or honour written in capitals after a name, between commas, before the "
        "name's title (GCMG, OBE, ON), in lower case"
    ),
    "parliament_post_nominal": Kind(
        "a member of a parliament's letters after a name ('X, MP', 'Y MEP'), in lower case: the office, with "
        "no organisation (the letters leave the parliament implicit)"
    ),
    "post_nominal_follower": Kind(
        "a word that goes on with the clause right after a member of a parliament's letters ('X MP and Y', "
        "'X MP, who', 'X MEP said'): the letters are the name's office there"
    ),
    "peer_noun": Kind(
        'a plural noun for a person\'s fellow office-holders (counterparts, colleagues): before "from" or '
        '"of" it opens a list of "<Country>, Name" items, like a plural office'
    ),
    "given_name_office": Kind(
        "an office word that is also a given name (Sultan, Amir): right before a name that holds another "
        "office in apposition, it is the name's first word"
    ),
    "royal_title": Kind(
        "a royal or princely title written before a name (Prince, Sheikh, King): after another office it is "
        "the name's honorific, never part of that office"
    ),
    "given_name_title": Kind(
        "an office word that is also a common given name (Dean): an office only when 'of' follows it"
    ),
    "qualified_office": Kind(
        "an honorific that is an office only where its field or body follows ('Professor of Law', 'Professor in "
        "Economics') or a capitalised rank word precedes it ('Associate Professor'); alone before a name it is "
        "the name's honorific"
    ),
    "retired_mark": Kind(
        "a word or mark of a retired rank's bracket ('Maj. Gen. (Rtd)', 'Brigadier (Ret'd)'): part of the honorifics "
        "before a name, never of the name or the office"
    ),
    "honorific_joiner": Kind(
        "a word that joins a stack of honorifics, not itself one ('His Excellency', 'Dr the Rt Honourable', "
        "'the Most Honourable')"
    ),
    "envoy_aside_lead": Kind(
        "a word opening an aside on where an envoy lives, between the office and the name (', resident in Wellington,')"
    ),
    "capitals_office": Kind(
        "an office written as an abbreviation that is one only in capitals and never after a number "
        "('PM X'; '4 pm' is a time), in lower case"
    ),
    "capitals_office_by_name": Kind(
        "an office abbreviation that is one only in capitals and right next to a name ('PS X', 'X, SG,'), "
        "in lower case: 'PS' is also a postscript"
    ),
    "party_acronym": Kind(
        "a political party's letters, in lower case, that written in capitals before a given and a family "
        "name are the party's, never the name's initials ('DA X Y', 'ODM X Y')"
    ),
    "speaker_verb": Kind(
        "a verb of speech or meeting that, right after an unknown given and family name the model did not "
        "read as a person, makes it one ('X Y said', 'X Y met'), in lower case"
    ),
    "office_letters": Kind(
        "the letters of an office or a rank written before a name ('VP X', 'MD X', 'CEO X'), in lower "
        "case: never the initials of a given name written together ('AK X')"
    ),
    "office_abbreviation": Kind(
        "an office abbreviation in capitals (a `capitals_office_by_name`) written out in the title column, "
        "mapped to the office ('Transport CS X': Cabinet Secretary)",
        str,
    ),
    "office_modifier_abbreviation": Kind(
        "an office modifier written short, with or without its period, before an office ('Asst. Secretary', "
        "'Dy. Director'), mapped to the modifier written out in the title column",
        str,
    ),
    "college_office": Kind(
        "a word and an office that name a member of a body's college, mapped to that body "
        "('European Commissioner for Trade X': the European Commission)",
        str,
    ),
    "party_office": Kind(
        "an office that is one only next to a political party's name ('leader of the Labour Party', "
        "'Green Party leader X'): the party a capitalised name ending in a `party_noun`"
    ),
    "party_noun": Kind("the last word of a political party's name ('Party', 'Movement', 'Front')"),
    "party_name_not_opener": Kind(
        "a capitalised word that opens a name ending in a `party_noun` that is no party but a meeting, a "
        "sports league or a global network ('World Health Congress', 'Premier League', 'Global Alliance')"
    ),
    "office_towards": Kind(
        "an office held towards another office, whose holder is named after 'to the' + that office "
        "('the Special Adviser to the President, X', 'Chief of Staff to the Prime Minister, Y'), in lower case; "
        "matched at the end of the first office"
    ),
    "office_time_adverb": Kind(
        "an adverb of time between a copula or serve verb and an office, or before the verb "
        "('X is also the Director of Y', 'X will currently serve as Chair'): passed over to reach the subject"
    ),
    "own_side_noun": Kind(
        "a noun for the holder's own side before \"'s\" and an office in apposition, after a lead word "
        "('X, his country's ambassador', 'X, the kingdom's envoy'): skipped to reach the office"
    ),
    "religious_title": Kind(
        "a religious leader's title written before a name and its regnal number ('Pope X II', 'His Holiness "
        "Y I', 'Patriarch Z III'): the number is the name's"
    ),
    "word_given_name": Kind(
        "a given name that is also a common word ('Blessing', 'Precious', 'Bright', 'Gift'): before a name of two "
        "words or more the model found, capitalised, it is the name's first word"
    ),
    "social_honorific": Kind(
        "a courtesy title for anyone, never an office (Mr, Ms, Dr, H.E.): a capitals word after one and before "
        "given names is a family name written first ('Mr. NAM Joon-ryeol'), after an office an organisation"
    ),
    "name_lead_word": Kind(
        "a capitalised adverb or determiner opening a sentence before a name ('Both X and Y', 'Also X said'): "
        "never a name's first word"
    ),
    "kin_noun": Kind(
        "a spouse's or a child's noun (wife, husband, daughter): after 'his'/'her' the capitalised words "
        "after it are a person's name, a given name alone too ('his wife Ana')"
    ),
    "leader_noun": Kind(
        "a lower-case noun for a state's leader or a minister's peer that is no office (leader, counterpart): "
        "after a country's adjective it cues the name after it ('the Kyrgyz leader X Y')"
    ),
    "tenure_modifier": Kind(
        "a word before an office that places its holder's tenure (former, outgoing, incoming): with "
        "`office_modifier` it says a given-name-like office word after it ('Former Dean X Y') is the office"
    ),
    "calling_noun": Kind(
        "a capitalised noun of a calling or an honour that is no office, before a name ('Rights Activist X Y', "
        "'Nobel Laureate X Y'): never a name word (common surnames such as Singer are left out)"
    ),
    "place_name_opener": Kind(
        "beyond `place_opening_noun`, a capitalised word that opens a town's or a place's name, never a person's "
        "(San, Santa, Port, Fort): 'San Felipe' is no person where 'Colonel Felipe' is written elsewhere"
    ),
    "place_opening_noun": Kind(
        "the word that opens a lake's, a mountain's or a coast's name, never a person's (Lake, Mount, Cape)"
    ),
    "sport_noun": Kind("a sport's name, the head of a competition's or a team's name, never of a person's (Rugby)"),
    "place_noun": Kind("the head word of a place's or a building's name, never of a person's (airport, palace)"),
    # glued words (pipeline/components/glued_words.py)
    "glued_lead_word": Kind(
        "a lower-case function word that text taken from a web page glues to the capitalised word after it "
        "('at theUniversity of Lagos'): the two are parted"
    ),
    "glued_opening_word": Kind(
        "a word that opens a sentence, glued with its capital to a heading's last word in lower case "
        "('Closing sessionThe ministers met'): parted where it is the whole right side ('Theatre' is not)"
    ),
    "name_prefix": Kind(
        "a surname's prefix that a capital follows inside the one surname ('FitzGerald', 'VanderMeer'): a "
        "given name glued to a surname ('President ElenaMarquez') is never parted after it"
    ),
    "glued_tail_word": Kind(
        "a lower-case verb or pronoun that text taken from a web page glues to the end of a name before "
        "the rest of its clause ('Ana Fernandezwill be there'): parted after a name of two capitalised words"
    ),
    "glued_tail_preposition": Kind(
        "a preposition that text taken from a web page glues to the end of a name before the name's "
        "country or body ('President Ana Fernandezof Chile'): parted after a name of two capitalised words"
    ),
    "name_not_contraction": Kind(
        "a capitalised word that spaCy's tokenizer exceptions read as a contraction without its "
        "apostrophe ('Im' as I'm) and that is a name ('Prof. Im Harang Sol'): kept one word, case as written"
    ),
    "bench_honorific": Kind(
        "a judge's style word, an honorific only right after another honorific ('Mr. Justice X', "
        "'Hon. Mrs. Justice X'); alone it is no honorific ('Justice Sector', 'Social Justice')"
    ),
    # titles
    "office": Kind("an office a person holds (secretary general, ambassador, foreign minister)"),
    "office_modifier": Kind("a word before an office that makes another rank of it (deputy, acting, vice)"),
    "office_suffix": Kind(
        "a word after an office, spaced or hyphenated, that makes another state of it (designate, elect)"
    ),
    "office_short_form": Kind(
        "an office shortened with a period, one only capitalised and right before a name ('Rep. X': "
        "Representative, 'Sen. Y': Senator), mapped to the office written out",
        str,
    ),
    "office_qualifier": Kind(
        "a capitalised word before a capitalised office that names its field or standing and belongs "
        "to the title ('Cultural Counsellor', 'Defence Attaché', 'Principal Deputy'); lower case it is none"
    ),
    "staff_office_head": Kind(
        "the head word of a staff office that field words written before it name ('supply and logistics "
        "officer', 'Social Media Strategist'): the field words and it are one office, only in a title's "
        "place (after a name and a comma or dash, after 'as', before a name)"
    ),
    "office_remit": Kind(
        "words right after an office that open its remit, part of the title ('Assistant Secretary General "
        "in charge of Programmes', 'Commissioner responsible for Trade')"
    ),
    "office_acronym": Kind(
        "an office's acronym in capitals mapped to the office it stands for, kept as written in the title "
        "column but the same office as the written-out one for one person ('PM X', 'the Prime Minister, X')",
        str,
    ),
    "field_with_noun": Kind(
        "a capitalised noun of an office's field that 'with' and a named party go on ('Minister in charge of "
        "Relations with Parliament', 'Cooperation with the Arab States'): the field is one"
    ),
    "appointment_verb": Kind(
        "a verb that puts a person in an office, before the name or the 'as' of the office ('elected X as "
        "Chair', 'X was appointed Ambassador')"
    ),
    "appointment_recency": Kind(
        "an adverb between a determiner and an appointment verb ('the newly elected Chair', 'its recently "
        "appointed Director')"
    ),
    "office_determiner": Kind(
        "an article or possessive before an office ('the', 'its'): 'the newly elected Chair' names no holder "
        "when the phrase is the object of another verb"
    ),
    "list_copula": Kind(
        "a plural verb between a plural office and the list of its holders ('acting as Ministers of X, were A, "
        "of B; C, of D')"
    ),
    "appointment_noun": Kind(
        "a noun of putting a person in an office, before 'of X as <office>' ('the election of X as President')"
    ),
    "holder_pronoun": Kind(
        "a possessive pronoun before an appointment noun that refers to the clause's subject, a name "
        "('X on Friday announced her resignation as …')"
    ),
    "relative_pronoun": Kind(
        "a relative pronoun: between a name and a possessive pronoun it opens a clause about another noun"
    ),
    "serve_verb": Kind("a verb of holding an office before 'as' ('X, who will serve as Chair of …')"),
    "hold_verb": Kind("a verb of holding a post, before 'the post of <office>' ('X, who holds the post of …')"),
    "held_post_noun": Kind("a noun of a post held before 'of <office>' ('X holds the office of foreign minister')"),
    "country_pointer_noun": Kind(
        "a common noun of a country after 'of the <region word>' that points to the country named "
        "before ('trade minister of the Andean nation')"
    ),
    "speech_noun": Kind(
        "a noun of a speech made in an office, before 'as <office>' ('in her first address as the Chair of …')"
    ),
    "office_style": Kind(
        "a style of address written before an office in a name's apposition, no office of its own "
        "('X, Hon. Minister of Energy', 'X, the Honourable Minister of …')"
    ),
    "military_rank": Kind(
        "a military rank written before a name, capitalised ('the election of General X as …'): no part of the name"
    ),
    "programme_label": Kind(
        "a word right after an office word that makes the pair a programme's label before a name, "
        "no office (the 'guest' of 'Chief Guest')"
    ),
    "portfolio": Kind(
        "a minister's field: makes 'minister of/for <field>' and '<field> minister' offices (justice, foreign affairs)"
    ),
    "ministry_short_field": Kind(
        "a one-word field written capitalised right before 'Ministry' as a ministry's short name, with no "
        "country before it ('Foreign Ministry', 'Defence Ministry'): a government's ministry"
    ),
    "title_noun": Kind("the head word of an office: a name headed by it is a title, not an organisation"),
    # organisations
    "body_noun": Kind("the head word of an organisation's name (committee, institute, secretariat)"),
    "government_noun": Kind("the head word of a country's governmental body (ministry, parliament, embassy)"),
    "body_alias": Kind("another name of a governmental body, mapped to its canonical name", str),
    "post_noun": Kind(
        "the head word of a body that stands for a state or an organisation somewhere: the place is part "
        "of its name (embassy, mission, office)"
    ),
    "lower_case_post_noun": Kind(
        "a post's head word that names a country's body in lower case too, right after the country, its "
        "code or its adjective ('the US embassy', 'the Kenyan consulate'); not 'delegation' or 'office', "
        "which in lower case are people or rooms"
    ),
    "lower_case_organ_noun": Kind(
        "an organ's head word an organisation's name or acronym takes in lower case too, right after it "
        "('the Commonwealth secretariat', 'the NORDA consortium'): the name and the word are one body's"
    ),
    "shared_body_noun": Kind(
        "a governmental body word a country has many of (council, agency, institute): a demonym before it "
        "alone is part of an institution's own name ('British Council'), not the country's one body"
    ),
    "document_noun": Kind("the head word of a document or programme, never an organisation (strategy, treaty)"),
    "state_noun": Kind(
        "a state form's noun that names a country when written alone ('the Sultanate's delegation', 'the "
        "Kingdom'): the country, never an organisation"
    ),
    "course_word": Kind(
        "a word of study or training right before 'Programme'/'Program'/'Course' that makes the name a "
        "course taken, never an organisation ('Training Programme', 'Capacity-Building Program'), unlike "
        "a body's 'Development Programme'"
    ),
    "pact_noun": Kind(
        "a noun of an agreement between parties (agreement, accord, pact, treaty, deal): title-case words, "
        "none a body word or a country's, right before it in lower case name the agreement's field "
        "('the Marine Fuel accord'), not an organisation"
    ),
    "object_opener": Kind(
        "a word that opens a verb's object (the, a, its, all): in a paragraph written in capitals a name stops "
        "before an -ing word followed by one ('THE FISHERIES COMMITTEE REVIEWING THE AGENDA')"
    ),
    "generic": Kind("a word or phrase that names no organisation on its own (member states, headquarters)"),
    "venue_end": Kind(
        "the last word or words of a venue's name, a building where a meeting is held, never an organisation "
        "(complex, hotel, conference centre, parliament house): a name ending in one is a place, and a spaced "
        "dash before one ends the organisation's name ('Nordic University - Conference Centre')"
    ),
    "house_name_end": Kind(
        "the last word of a house's or an estate's own name (house, court, lodge): two words, the first a "
        "capitalised word of no other kind, written with no article right after 'at'/'in' ('talks at Alder "
        "Lodge') or set off after a dwelling_noun ('the Governor's residence, Alder Lodge,') name a venue, "
        "never 'the Supreme Court' or 'the White House'"
    ),
    "dwelling_noun": Kind(
        "a word for a place where someone lives (residence, home): a name set off by commas right after it "
        "is that house's, a venue"
    ),
    "plural_name_end": Kind(
        "a plural word that ends organisations' own names (times, news, airlines, islands, forces): a name "
        "ending in another plural common noun, with no body word, no 'of'/'for'/'and' and no country, names "
        "things, not an organisation ('Future Directions', 'Sporting Activities')"
    ),
    "member_plural": Kind(
        "a plural noun for the members of a group (countries, delegations, focal points, parties) or for people "
        "of a trade (experts, engineers, trainers): a name it ends, with no 'of'/'for' and no body word before "
        "it, names those members ('the Observer Countries', 'National Focal Points', 'Water Engineers'), not an "
        "organisation"
    ),
    "observance_opener": Kind(
        "the first word of an observed week, year or decade's name (world, international, european): "
        "'the Commissioner on European Mobility Week' names the occasion, 'the Envoy on Youth Employment "
        "Week' a remit"
    ),
    "kind_noun": Kind(
        "a common noun for a kind of organisation or a group of people, not one body (cooperatives, think tanks, "
        "women, youth, the judiciary): written capitalised as an item of a list right after a plural word for "
        "organisations ('institutions such as Universities and Think Tanks'), it makes the list one of kinds, "
        "no names"
    ),
    "not_org_acronym": Kind("an acronym that is never an organisation (GDP, NGO, ICT)"),
    "topic_noun": Kind(
        "the head word of a topic, a theme or a field, never an organisation ('Climate Change', 'Food Security', "
        "'Foreign Affairs'); lower case after a name, it makes the name a topic's ('the COVID-19 pandemic')"
    ),
    "standing_body_head": Kind(
        "an event's or a topic's head word that also heads the name of a standing body ('Forum', "
        "'Cooperation'): a name it heads that the text gives an acronym, with no number in it, is a body's "
        "('the Island States Forum (ISF)', 'the Lagoon-Reef Cooperation (LRC)'), not an event's or a topic's"
    ),
    "integration_stage_word": Kind(
        "a word of a stage or pillar of regional integration or of an agenda's trade item ('Customs Union', "
        "'Common Market', 'Monetary Union', 'Political Federation', 'Customs and Trade'): a name of nothing but "
        "these, an acronym before them aside, is a stage, not an organisation"
    ),
    "sitting_modifier": Kind(
        "a word before an event word that makes a name one sitting of a body, never a body's name "
        "('Extraordinary Assembly', 'Ordinary Session', 'Annual Summit'); 'General', 'National', 'Special' are not"
    ),
    "organ_noun": Kind(
        "a body word that, even in lower case right after a known organisation's name, names that "
        "organisation's one organ ('the SADC secretariat')"
    ),
    "address_word": Kind(
        "a word that opens a form of address in a speech or a list of guests, never an organisation's name "
        "('Distinguished Participants', 'Dear Colleagues')"
    ),
    "byline_role": Kind(
        "a site's role word written alone after 'By' on a byline's line ('By Admin', 'By Staff'): no outlet's "
        "name, where one word there otherwise names the outlet ('By Nordpress')"
    ),
    "credit_cue": Kind(
        "a label that opens a credit of a photo or a text: the names after it, up to the line's end, are "
        "credited people and sites ('Photo: Ana Solo / Flickr')"
    ),
    "foreign_function_word": Kind(
        "a function word of another language (French, Spanish, Portuguese, Italian, German): a line with at least "
        "two of them and fewer English ones is no English text, and a name there without a body word is none of "
        "the document's organisations"
    ),
    "region_word": Kind(
        "a word of a region's name: a compass point or a continent, an ocean, a sea, a part of the world, a "
        "great river's or mountain range's region, or a language area ('Western Pacific', 'Sub-Saharan Africa', "
        "'the Lower Danube', 'Francophone Africa'); a name of nothing but these and countries is a place; "
        "mapped to 'compass' for a compass point, which before a country's demonym outside it makes it a "
        "state's or a province's ('South Australian Premier X': South Australia, never Australia), and to "
        "'place' for the rest",
        ("compass", "place"),
    ),
    "state_form": Kind(
        "a word of a country's formal name before its 'of' ('Republic', 'Commonwealth', 'Independent State'): "
        "'the Commonwealth of the Bahamas' is the country, no organisation"
    ),
    "subnational_unit": Kind(
        "a noun for a part of a country after its name ('Volta Region', 'the Upper and Lower Regions', 'Osh "
        "Oblast'): a name headed by it, with no body word, is a place"
    ),
    "tenure_noun": Kind(
        "a noun for holding an office in turn ('chairmanship'): 'the NU Chairmanship' is the organisation's "
        "office, not a body; the known organisation before it stays"
    ),
    "turn_office_noun": Kind(
        "a noun for a state's organ that also names a country's turn at chairing a group ('Presidency'): "
        "'the Peruvian Presidency of the NU', 'Peru's NU Presidency' are the turn, no body; the group stays"
    ),
    "turn_cue": Kind(
        "a word right before or inside a nationality's 'Presidency' that makes it a turn at a group's chair "
        "('under the Czech Presidency', 'the incoming Swedish Presidency'), not the head of state's office"
    ),
    "leader_term_noun": Kind(
        "a lower-case word for a leader's term in office after a country and the leader's name ('the new "
        "Peruvian Salas government'): the words name no body"
    ),
    # events
    "event_noun": Kind("a noun naming an event a document can report (conference, forum, summit)"),
    "event_noun_capitalised": Kind(
        "a noun naming an event only capitalised, in a name ('Diplomatic Training for East Africa'); in "
        "lower case it is an activity ('the training of officials')"
    ),
    "event_part": Kind("a noun naming a part of an event, not reported as an event (session, panel, side event)"),
    "event_sport": Kind(
        "an event noun that names a sports contest, no meeting ('the 2008 Olympic games'): never reported as an event"
    ),
    "convention_after_name": Kind(
        "a noun after a place's or a body's name that makes the whole a convention, no organisation ('Chatham House rules', 'Westminster system')"
    ),
    "named_convention": Kind(
        "a convention named after a body or a house, with its noun ('chatham house rules', 'westminster "
        "system'), in lower case: no organisation, where other bodies' names before the same nouns stay"
    ),
    "sitting_acronym": Kind(
        "the acronym of a treaty's or a body's conference that, written with its sitting's number or "
        "its year, names one sitting, an event ('COP29', 'MOP 11', 'CHOGM 2018'); 'G20' (a group) is none"
    ),
    "region_adjective": Kind(
        "the adjective of a world region or a regional community, never a country's demonym (arab, african, "
        "latin american), in lower case: before a known body's whole name it names the region's body"
    ),
    "hosted_occasion": Kind(
        "a reception or a meal a body holds (dinner, banquet): before 'of <body>' the body's occasion, no part "
        "of its name; no event or occasion word elsewhere"
    ),
    "occasion_noun": Kind("a noun naming an occasion that is neither an event to report nor an organisation (visit)"),
    "event_modifier": Kind(
        "a word that describes an event's kind, not its name: 'International Conference', 'High Level Meeting' "
        "name no event of their own"
    ),
    "event_encounter": Kind(
        "a noun for parties meeting ('visit', 'talks'), an event where the headline or the lead sentence "
        "reports it: 'an official visit to Armenia', 'held talks with X'; mapped to how its parties are "
        "written ('visit': '… of X to <place>', 'talks': '… with X', '… between X and Y', 'call': "
        "'courtesy calls on X', 'credentials': 'presented … credentials to X')",
        ("visit", "talks", "call", "credentials"),
    ),
    "event_leaders_noun": Kind(
        "a plural noun for a body's heads in the headline or the lead ('Leaders of the Nordic Union (NU)', "
        "'NU leaders'): a meeting there named only by its city is their summit, named by the body's acronym"
    ),
    "event_city_meeting_noun": Kind(
        "the noun of a meeting named only by its city ('the Oslo summit', 'the Oslo meeting') that a body's "
        "leaders in the headline or the lead rename as the body's summit"
    ),
    "event_formal_visit": Kind(
        "a word before 'visit' that makes the visit a formal occasion of its own ('state visit'): the "
        "event where the headline or the lead sentence reports it, even with no destination written"
    ),
    "event_visit_verb": Kind(
        "a form of the verb 'visit': where the headline or the lead sentence says that someone visited a "
        "place or a body ('A 12-member delegation visited the Regional Assembly'), the visit is an event "
        "('visit of A to B')"
    ),
    "event_arrival_phrase": Kind(
        "the words saying that someone arrived at or travelled to a place, the preposition included "
        "('arrived in', 'travels to'): where the headline or the lead sentence says so, the visit is an "
        "event ('visit of X to P'), weaker than one said with 'visit'"
    ),
    "event_signing_verb": Kind(
        "a form of 'sign': where the lead sentence says that a document was signed ('A Memorandum of "
        "Cooperation was signed today between A and B'), the signing is an event ('signing of the <document>')"
    ),
    "event_meet_verb": Kind(
        "a verb form saying that one person met another ('met', 'received'): where the lead sentence says "
        "that a named person met another named person, their meeting is an event ('meeting of A with B')"
    ),
    "event_talk_verb": Kind(
        "a verb form saying that one person talked with another, only with 'with' after it ('talked "
        "with'): in the lead sentence or a headline, their meeting is an event ('meeting of A with B')"
    ),
    "event_held_noun": Kind(
        "a noun for a meeting after a form of 'hold' or 'have' and before 'with' ('held talks with', 'had "
        "a bilateral meeting with'): in the lead sentence or a headline, the meeting is an event, called "
        "by that noun ('bilateral meeting of A with B')"
    ),
    "event_call_phrase": Kind(
        "the words saying that one party called on another ('called on', 'pays a courtesy call on', 'bids "
        "farewell to'): where the headline, the lead or the sentence after it says so, the call is an event "
        "('courtesy call of A on B'); mapped to the call's name",
        ("courtesy call", "farewell call"),
    ),
    "event_body_possessive": Kind(
        "a possessive before an ordinal part noun that refers back to the body a sentence opens with "
        "('The Committee today began its 74th session')"
    ),
    "event_person_possessive": Kind(
        "a possessive before an ordinal that makes it count a person's meetings, not the event's editions "
        "('his first session of the Board')"
    ),
    "event_within_period": Kind(
        "a period after 'the Nth … of the': the ordinal counts meetings within it and numbers no event "
        "('the second bilateral meeting of the morning')"
    ),
    "event_opening_verb": Kind(
        "a verb right after a name (an auxiliary between) saying that the named meeting happens: "
        "'The … Assembly (ACR) opened', '… was held', '… took place'; it makes a name that also heads a "
        "body's ('Assembly', 'Council') the event"
    ),
    "event_passive_verb": Kind(
        "a past participle saying that a named meeting happens only in the passive ('was held', 'was hosted'; "
        "'… held talks' is the body acting), or between commas right after the name before where or when "
        "('…, held in Oslo on 3 May, …')"
    ),
    "event_praise_word": Kind(
        "a word of praise a headline sets before an event's name ('Successful London Seminar', 'Historic "
        "Summit'): no word of the name"
    ),
    "event_medium_noun": Kind(
        "a noun after 'on the <Name>' that says where an event is shown, not its topic ('the Lima Ministerial on "
        "the Andean Flickr page')"
    ),
    "event_sitting": Kind(
        "a part noun that is a body's own meeting right after the body's possessive name ('the Andean "
        "Parliament’s session'): the event, named by the body"
    ),
    "event_title_cue": Kind("a word right before a quoted title that introduces it as a name (titled, entitled)"),
    "event_aside_cue": Kind(
        "words before an event's name that make it another event than the one a document reports "
        "(ahead of, the upcoming, next, the processes leading to, on the eve of)"
    ),
    "event_join_cue": Kind(
        "words saying that the text's people take part in a meeting named right after them ('taking part in', "
        "'participation in'): that named meeting is one the document reports, beside the meetings held there"
    ),
    "event_aside_verb": Kind(
        "a verb whose 'for' (an adverb or two between) makes the event after it another one than the one a "
        "document reports ('as we prepare together for the 11th Summit')"
    ),
    # documents
    "section_heading": Kind(
        "a site's section or navigation heading over its pages ('News Room', 'Media Centre', 'Latest Updates'): "
        "never a document's short heading, its title"
    ),
    "page_furniture": Kind(
        "a line of page furniture: never a title or a person's name, never holds an organisation (print version)"
    ),
    "closing_mark": Kind(
        "a press release's closing mark in capitals after a dash ending a paragraph ('… on Monday. – ENDS', "
        "'- MORE', '– PHOTO'), or in brackets after the paragraph's last sentence ('… on Monday. (PDF)'): no outlet "
        "the text credits"
    ),
    "wire_tag": Kind(
        "a news wire's tag in a dateline's brackets, beside the place ('MANILA (UPDATE) -'): the item's state, "
        "no agency and no organisation"
    ),
    "agency_word": Kind(
        "a word of a news agency's name after its acronym in a dateline's brackets ('(XYZ News) The …', '(XYZ Press)')"
    ),
    "newspaper_name_end": Kind(
        "a word that ends a newspaper's or a site's name ('Lakeside Gazette', 'Andes Times', 'Nordic Herald'): a "
        "name closing the story in brackets that ends so is the outlet signing it off, whatever the model read"
    ),
    "ministry_unit_noun": Kind(
        "the head word of a ministry's unit named with its parent ('the Department of Consular Affairs of the "
        "Ministry of Foreign Affairs'): unit and ministry are one organisation"
    ),
    "outlet_noun": Kind(
        "what a news outlet is called, before its name in a credit closing a sentence ('…, the agency Nordpress "
        "said.'): the name is an outlet's"
    ),
    "region_code": Kind(
        "the code of a state, province or territory written after its city ('Washington, DC', 'Canberra, ACT', "
        "'Abuja, FCT'): a place, no news agency"
    ),
    "kind_cue": Kind("a phrase near the top that tells the document's kind", DOCUMENT_KINDS),
    "kind_weak_cue": Kind(
        "a phrase near the top that hints at the document's kind ('according to', 'said on {weekday}') but any "
        "release may write: read only where no kind_cue is found",
        DOCUMENT_KINDS,
    ),
    "kind_narrative_cue": Kind(
        "a phrase telling of a meeting ('was held', 'hosted', 'will take place') that hints at the document's "
        "kind: read after every kind_cue and kind_weak_cue",
        DOCUMENT_KINDS,
    ),
    "speech_salutation": Kind(
        "a line that holds only a speech's salutation ('Madam President,', 'Excellencies,', 'Dear colleagues,'): "
        "the document is a speech"
    ),
    "headline_kind_cue": Kind(
        "a phrase in the headline that tells the document's kind (a speech's 'Closing remarks at …')", DOCUMENT_KINDS
    ),
    "heading_kind_cue": Kind(
        "a phrase that names the document's kind where it heads the page (the headline, a line that is no "
        "sentence: 'Keynote address by …'), never inside a sentence, where it reports one ('delivered the keynote')",
        DOCUMENT_KINDS,
    ),
    # dates
    "month": Kind("a month's name or abbreviation, mapped to its number", str),
    "month_iberian": Kind(
        "a month's Spanish or Portuguese name, mapped to its number: read only in the full written "
        "shape '5 de junio de 2019' (a day, 'de', the month, 'de', a year), never alone",
        str,
    ),
    "year_name_head": Kind(
        "a capitalised word that, up to two capitalised words before a year, makes the year part of a name "
        "('Vision 2030', 'Agenda 2063', 'Expo 2020', 'Vision Med 2030'), no date"
    ),
    "year_event_name_end": Kind(
        "a capitalised word that, ending the capitalised words between a year and a common noun, makes them a "
        "named event and the year part of its name ('the 2017 Youth Summit delegates', 'the 2018 World Cup "
        "stadium'), no date; never a body's word that also names a sitting ('the 2012 Assembly election')"
    ),
    "month_french": Kind(
        "a month's French name, mapped to its number: read only in a day's full written shape with its year "
        "('dimanche 25 novembre 2007', '26-27 mai 2011'), never alone",
        str,
    ),
    "weekday_foreign": Kind(
        "a weekday's French, Spanish or Portuguese name, mapped to its number (Monday 0): read only before a day "
        "written in full with its month and year in that language, never alone",
        ("0", "1", "2", "3", "4", "5", "6"),
    ),
    "weekday": Kind(
        "a weekday's name or abbreviation, mapped to its number (Monday 0); only full names stand alone as dates",
        ("0", "1", "2", "3", "4", "5", "6"),
    ),
    "relative_day": Kind("a word naming a day by its distance from the published date, mapped to the days", str),
    "relative_shift": Kind(
        "a word before a period that moves it from the published date's, mapped to the shift", ("-1", "0", "1")
    ),
    "period_noun": Kind(
        "a period a shift applies to ('last year', 'this spring'), mapped to the period or the season's months",
        ("day", "week", "month", "year", "3-5", "6-8", "9-11", "12-2"),
    ),
    "date_preposition": Kind("a word before a month or a year that makes it a date ('in October', 'since 2005')"),
    "range_word": Kind("a word joining the two ends of a date range ('from 3 to 5 May')"),
    "date_label": Kind(
        "a label written before a header date, mapped to what the date is ('date': a bare 'Date:', the page's "
        "date unless it stands among an event's details)",
        ("published", "updated", "event", "date"),
    ),
    "event_detail_label": Kind(
        "a label in an event's details box ('Venue:', 'Time:'): a date line beside one is the event's, not the page's"
    ),
    "caption_cue": Kind(
        "words that make a line a photo's caption ('file photo', 'photo shows'): its date is the picture's, "
        "never the page's"
    ),
    "future_cue": Kind(
        "a word in a sentence that puts a bare weekday after the published date ('will meet on Monday')"
    ),
    "travel_verb_ahead": Kind(
        "a travel verb that, in the present tense, announces a trip still to come ('heads to Riga on Monday'): "
        "a future cue for a bare weekday in its sentence"
    ),
    "date_event_cue": Kind(
        "a word that makes a date in its sentence a meeting's or visit's, for the dates only "
        "(met, visit, scheduled); the organisations do not read it, unlike `meeting_verb`"
    ),
    "org_agent_verb": Kind(
        "a verb form for what an agent does (hosted, signs, said): an unknown acronym opening a sentence before one names a body"
    ),
    "meeting_verb": Kind("a verb form saying that a meeting happens: a date in its sentence is the meeting's (held)"),
    "year_determiner": Kind(
        "a word before a year that makes it the year of what follows ('the 2019 elections', 'its 2020 budget')"
    ),
    "habit_word": Kind("a word before a weekday that makes it a habit, not a date ('every Monday')"),
    "habit_gap": Kind(
        "a word that may stand between a habit word and its weekday ('every other Monday', 'weekly on Tuesday')"
    ),
    "habit_reciprocal": Kind(
        "a reciprocal pronoun that opens with a habit word: its weekday is a date ('met each other on Monday')"
    ),
    "duration_shift": Kind("a shift word that after 'the' makes a period a duration ('over the last year')"),
    "date_possessive_occasion": Kind(
        "a noun of an occasion that a possessive relative day dates ('at yesterday's opening ceremony'); "
        "'today's world' names no day"
    ),
    "not_year_before": Kind("a word right before a four-digit number that makes it a number, not a year (room 2010)"),
    "not_year_after": Kind("a word right after a four-digit number that makes it a number, not a year (1800 hours)"),
    # counts
    "count_relation_noun": Kind(
        "a noun of a standing relation whose partners a count after 'with' names, no turnout "
        "('a special partnership with six countries')"
    ),
    "count_endorsement_verb": Kind(
        "a verb saying organisations endorse or co-sign a text: its signatories, no turnout "
        "('120 organisations endorsed the appeal', 'a letter endorsed by 45 organisations')"
    ),
    "count_unit": Kind("a word or phrase naming what a count counts, mapped to the unit", COUNT_UNITS),
    "count_qualifier": Kind("words before a number, mapped to the qualifier", COUNT_QUALIFIERS),
    "count_not_before": Kind("a word right before a number that makes it a reference, sum or age (article, $)"),
    "count_not_between": Kind("a word between a number and its noun that makes it a measure (percent, days)"),
    "count_reference_before": Kind(
        "a determiner that makes a number of countries or organisations the known members of a group "
        "('the 57 participating States'), mapped to the unit it applies to",
        COUNT_UNITS,
    ),
    "count_person": Kind(
        "a person who may take part in a meeting, singular (minister, head of state): its plural is a "
        "participants unit; the singular counts after 'one' in a list of attendees"
    ),
    "count_needs_attendance": Kind(
        "a person noun (singular) whose number counts only in a sentence that says people take part "
        "('30 members of parliament took part'), never alone: a membership size"
    ),
    "count_attendance_cue": Kind(
        "words that say a sentence reports people taking part (attended, took part, gathered)"
    ),
    "count_attendance_noun": Kind(
        "a noun of taking part ('participation', 'attendance'): 'the participation of the N countries' says "
        "the N countries took part, not a known group"
    ),
    "count_qualifier_after": Kind(
        "words right after a number that qualify it ('200 or more', '100+', '200-odd'), mapped to the qualifier",
        COUNT_QUALIFIERS,
    ),
    "count_not_after": Kind(
        "a word soon after a count's noun that makes it no attendance: beneficiaries, coverage, treaty "
        "members, helpers (benefited, covering, ratified)"
    ),
    "count_visit_word": Kind(
        "a word of visiting ('visit', 'toured', 'tour of') that makes an organisations' or countries' count "
        "after it, in its own clause, the places a visit takes in, not those taking part"
    ),
    "count_invitation_verb": Kind(
        "a verb that makes the count after it, its object in the same clause, the people or countries "
        "invited, not those who came ('invited the envoys of the 30 member states')"
    ),
    "count_not_in_sentence": Kind(
        "a word that makes a sentence describe an organisation's membership, not a turnout (established, founded)"
    ),
    "count_represented_before": Kind(
        "a word before 'the N countries' that makes them the parties represented at a meeting, not a known "
        "group (representing, from)"
    ),
    "count_representative": Kind(
        "a person noun (singular) whose 'of N …' names the bodies represented, counted as organisations "
        "('representatives of 19 regional consultation mechanisms')"
    ),
    "count_subset_cue": Kind(
        "words before a bare number that make it a part of the count before it, in the same unit "
        "('64 countries, including 18 in Asia')"
    ),
    "count_subset_between": Kind(
        "a word between a number and its noun that makes the group a part of people or countries counted "
        "elsewhere ('the two other speakers', 'three remaining ministers'): no count of its own"
    ),
    "count_membership_before": Kind(
        "a word right before a number of countries or organisations that makes it a group's membership "
        "('a bloc comprising 33 nations'), not a turnout"
    ),
    "count_seats_of": Kind(
        "a word right before 'of' before a number of people that makes it the seats of a body filled by a vote "
        "('the election of 40 members'), not a turnout"
    ),
    "count_harm_verb": Kind(
        "a verb right before a number of countries, organisations or people that makes them what a disaster or an "
        "attack struck ('the storm affected 8 member states'), not a turnout"
    ),
    "count_size_of": Kind(
        "a noun right before 'of' before a number of people that makes it the size of a standing body "
        "('an enrolment of 900 students', 'a workforce of 40 experts'), not a turnout"
    ),
    "count_membership_of": Kind(
        "a word right before 'of' before a number of countries or organisations that makes it a group's "
        "membership ('a union consisting of 9 states'), not a turnout"
    ),
    "count_topic_of": Kind(
        "a noun right before 'of' before a number of countries or organisations that makes them what is "
        "spoken of ('the needs of 32 countries'), not a turnout"
    ),
    "count_given_to": Kind(
        "a noun of help given, right before 'to' before a number ('support to two countries', 'aid to 30 states'): "
        "those it is given to, no turnout"
    ),
    "count_done_to_of": Kind(
        "a noun of an act done to people right before 'of' before a number of them ('the execution of 47 "
        "activists', 'the arrest of 12 journalists', 'the expulsion of 4 diplomats'): those it was done to, "
        "not a turnout"
    ),
    "count_reference_after": Kind(
        "a word right after 'the N countries' (or people) that points back to those named before "
        "('the three countries mentioned above'): no turnout"
    ),
    "count_membership_after": Kind(
        "a plural noun after a form of 'be' after a count's noun that makes those counted a group's members "
        "('40 countries are observers of the union'), not a turnout"
    ),
    "count_membership_verb": Kind(
        "a past participle after 'have' after a count's noun of countries or organisations that makes those "
        "counted a body's members ('14 countries have joined the centre'), not a turnout "
        "unless a meeting is what they joined"
    ),
    "count_adherence_verb": Kind(
        "a verb whose 'by N countries' (or organisations) names a treaty's parties, not a turnout ('ratified by "
        "150 countries', 'signed by 60 countries'), unless the sentence says they took part"
    ),
    "count_signing_verb": Kind(
        "a count_adherence_verb or count_membership_verb that an event phrase in its clause turns into a turnout "
        "('signed by 60 countries at the close of the summit'); ratified/acceded stay a treaty's parties"
    ),
    "count_event_preposition": Kind(
        "words that open a phrase placing a clause at a meeting ('at the close of the summit', 'during the "
        "forum', 'by the end of the conference'): the treaty and whole-membership vetoes of counts are lifted"
    ),
    "count_whole_before": Kind(
        "a word right before a number of countries or organisations that makes it a whole membership ('all 192 "
        "Member States are bound'), a turnout only where its clause says they took part or were represented, "
        "places it at a meeting, or people 'from'/'of' them are counted"
    ),
    "count_opinion_modal": Kind(
        "a modal right after a count's noun that says what those counted ought to do, not that they met "
        "('three countries should move forward')"
    ),
    "count_breakdown_word": Kind(
        "a word that splits a total of people by sex ('11 women and 33 men'): the parts of a total given "
        "before them ('44 participants (11 women and 33 men)', 'The 44 11 women and 33 men participants') "
        "are no counts of their own; the total is"
    ),
    "count_joint_verb": Kind(
        "a verb (each form written out) saying that the people a sentence opens with act together at the meeting ('The "
        "three leaders will discuss …'): 'the N <people>' of more than two is then those who met, a count"
    ),
    "count_gathering_verb": Kind(
        "a verb after a count's noun saying that the people named met ('met'): like an attendance cue, it "
        "makes 'the trade ministers of the 17 states met' a count of the countries, not a known group"
    ),
    "count_place_noun": Kind(
        "a place that, as the subject of a seat verb, makes the numbers after it its own figures, not a "
        "turnout ('the city hosts 22 international organizations')"
    ),
    "count_seat_verb": Kind(
        "a verb saying what a place holds ('hosts', 'is home to'), mapped to the subjects it takes: 'noun', "
        "a place noun only ('the city hosts 22 organizations'; 'Minsk hosted 700 participants' is a turnout), "
        "or 'place', a named place too ('Geneva is home to 40 organisations')",
        ("noun", "place"),
    ),
    "count_verb_gap": Kind("a word that may stand between a place and its seat verb ('the city is also home to')"),
    "count_size_word": Kind(
        "a word joined to a number that makes it the size of a group ('a 9-member delegation', 'a 30-strong team')"
    ),
    "count_group_noun": Kind("a group of people whose size an 'N-member' number gives (delegation, team)"),
    "count_member_body": Kind(
        "a body whose members are themselves organisations, mapped to that unit: 'the four members of the "
        "consortium met' counts organisations, not people",
        COUNT_UNITS,
    ),
    "count_member_body_named": Kind(
        "a count_member_body noun that, as the head of a capitalised name with a modifier of its own ('the "
        "Global Alliance for …'), still says the members are organisations (not 'network', 'platform')"
    ),
    "count_people_name_word": Kind(
        "a word in a body's name that says its members are people ('Network of Women Mediators', 'Youth "
        "Climate Platform'): N members of it are people, not organisations"
    ),
    "count_state_organ": Kind(
        "the head of a capitalised standing organ ('the Security Council', 'the General Assembly') whose "
        "'N members … met' is the organ's size, not a turnout"
    ),
    "count_standing_body": Kind(
        "a word naming a standing body (a parliament) whose 'N-member delegation to the …' is a country's seats "
        "in it, a membership, not a turnout ('Ruritania's six-member delegation to the Regional Parliament')"
    ),
    "count_benefit_verb": Kind(
        "a verb whose subject, the people a count names, benefited from a programme: beneficiaries, no turnout "
        "('260 experts have benefited', '500 officers were trained'); only the first verb after the count's noun"
    ),
    "count_country_list_word": Kind(
        "a word that may stand in a list of countries after 'from' whose bracketed numbers are delegation sizes "
        "('from 40 countries, including Chile (120)', 'from the following countries: Peru (4)')"
    ),
    "count_turnout_verb": Kind(
        "a past, participle or -ing verb saying a delegation turned up (visited, led, received): a standing body's "
        "'N-member delegation' counts only in a clause with one or an attendance cue"
    ),
    "count_predicate_verb": Kind(
        "a verb that states a count of its subject ('the delegates numbered 120', 'attendance totalled 400'): "
        "the number after it counts in its subject's unit"
    ),
    "count_series_noun": Kind(
        "a plural noun of a series of programmes ('120 training courses for 2,000 officials'): the people "
        "and countries counted after it are beneficiaries over time, not a turnout"
    ),
}


class Lexicon:
    """Terms by kind (lower-cased, unless the kind is case-sensitive) and values by kind.

    A plain class, not a dataclass: spaCy validates `initialize` settings with pydantic,
    which would turn a dataclass into a dict on its way to the component."""

    def __init__(
        self,
        terms: dict[str, frozenset[str]] | None = None,
        values: dict[str, dict[str, tuple[str, ...]]] | None = None,
        path: str = "",
    ):
        self.terms, self.values, self.path = terms or {}, values or {}, path

    def __getitem__(self, kind: str) -> frozenset[str]:
        if kind not in KINDS:
            raise KeyError(f"no kind {kind!r} in the lexicon; kinds: {', '.join(KINDS)}")
        return self.terms.get(kind, frozenset())

    def value(self, kind: str, term: str) -> str | None:
        """The value a term of `kind` maps to (the first, where it maps to several)."""
        found = self.values.get(kind, {}).get(term)
        return found[0] if found else None

    def mapping(self, kind: str) -> dict[str, str]:
        return {term: values[0] for term, values in self.values.get(kind, {}).items()}

    def multimap(self, kind: str) -> dict[str, tuple[str, ...]]:
        return dict(self.values.get(kind, {}))


#: Kinds whose terms keep their case: an acronym is matched as written.
CASE_SENSITIVE = {"not_org_acronym"}


def check_entry(entry: dict) -> tuple[str, str, str | None]:
    """(kind, term, value) of one lexicon line, or a RuleError naming its file and line."""
    kind, term, value = entry["kind"], entry["term"], entry.get("value")
    if kind not in KINDS:
        raise invalid(entry, f"unknown kind {kind!r}; allowed: {', '.join(KINDS)}")
    if not isinstance(term, str) or not term.strip():
        raise invalid(entry, "a term must be non-empty text")
    allowed = KINDS[kind].values
    if allowed is None and value is not None:
        raise invalid(entry, f"a {kind} takes no value")
    if allowed is not None:
        if value is None:
            raise invalid(entry, f"a {kind} needs a value")
        if not isinstance(value, str) or (isinstance(allowed, tuple) and value not in allowed):
            choices = "text" if allowed is str else ", ".join(allowed)
            raise invalid(entry, f"{value!r} is not a value of {kind}; allowed: {choices}")
    return kind, term if kind in CASE_SENSITIVE else term.lower(), value


def read_lexicon(path: str | Path) -> Lexicon:
    """Read and check a lexicon file; a term listed twice under one kind is an error."""
    return _read_lexicon(str(Path(path).resolve()), Path(path).stat().st_mtime_ns if Path(path).exists() else 0)


@lru_cache(maxsize=8)
def _read_lexicon(path: str, _mtime: int) -> Lexicon:
    # Several components read the same file at start-up; the cache keys on its mtime so an
    # edited file is read again.
    terms: dict[str, set[str]] = {}
    values: dict[str, dict[str, list[str]]] = {}
    seen: dict[tuple[str, str, str | None], str] = {}
    for entry in read_jsonl_rules(path, required={"kind", "term"}, allowed={"kind", "term", "value"}):
        kind, term, value = check_entry(entry)
        if (kind, term, value) in seen:
            raise invalid(entry, f"{term!r} is listed twice as {kind} (first at {seen[(kind, term, value)]})")
        seen[(kind, term, value)] = entry["_where"].rpartition(":")[2]
        terms.setdefault(kind, set()).add(term)
        if value is not None:
            values.setdefault(kind, {}).setdefault(term, []).append(value)
    if not terms:
        raise RuleError(path, None, "the lexicon is empty")
    return Lexicon(
        terms={k: frozenset(v) for k, v in terms.items()},
        values={k: {t: tuple(v) for t, v in m.items()} for k, m in values.items()},
        path=path,
    )


@registry.readers("communique.lexicon.v1")
def lexicon_reader(path: str) -> Lexicon:
    """The lexicon for a component's `initialize` (see models/config.cfg)."""
    return read_lexicon(path)
