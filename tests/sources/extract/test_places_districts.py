"""Districts against the shipped gazetteer: names two provinces share, and district names that
are also words, languages, surnames or army units."""

import pytest

from sources.extract.places import Gazetteer


def _districts(gazetteer, text):
    return [(m.name, m.province) for m in gazetteer.find(text) if m.kind == "district"]


# -- one name, two provinces ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Fighting continued in Qarabagh district of Ghazni on Wednesday.", "Ghazni"),
        ("The Taliban overran Ghazni's Qarabagh district overnight.", "Ghazni"),
        ("Clashes erupted in Qarabagh district, north of Kabul, on Monday.", "Kabul"),
        ("Residents of Jaghatu district in Wardak province fled to the city.", "Wardak"),
        ("Officials in Dawlatabad district of Faryab said the road was closed.", "Faryab"),
        ("Taliban fighters entered Arghandab district in Zabul.", "Zabul"),
    ],
)
def test_a_shared_district_name_is_the_one_in_the_province_its_sentence_names(
    gazetteer, text, province
):
    assert _districts(gazetteer, text) == [(_districts(gazetteer, text)[0][0], province)]


def test_the_province_named_in_the_same_sentence_wins_over_the_one_named_in_the_paragraph(
    gazetteer,
):
    text = (
        "The Taliban took two districts of Kabul last week. "
        "On Monday they also entered Qarabagh district of Ghazni."
    )
    assert _districts(gazetteer, text) == [("Qarabagh", "Ghazni")]


def test_without_a_province_in_the_sentence_the_paragraph_decides(gazetteer):
    text = (
        "Ghazni province has seen heavy fighting this month. "
        "On Monday the Taliban entered Qarabagh district after a night of clashes."
    )
    assert _districts(gazetteer, text) == [("Qarabagh", "Ghazni")]


def test_without_a_province_in_the_paragraph_the_province_the_article_names_most_decides(
    gazetteer,
):
    text = (
        "Badghis province is under pressure. Officials in Badghis asked for help.\n\n"
        "Kabul sent no reinforcements.\n\n"
        "The Taliban captured Muqur district on Tuesday, residents said."
    )
    assert _districts(gazetteer, text) == [("Muqur", "Badghis")]


def test_with_no_province_named_the_gazetteer_order_is_kept(gazetteer):
    text = "The Taliban captured Qarabagh district on Tuesday."
    first = next(e for e in gazetteer.candidates("Qarabagh") if e.kind == "district")
    assert _districts(gazetteer, text) == [("Qarabagh", first.province)]


def test_each_mention_of_a_shared_name_follows_its_own_sentence(gazetteer):
    text = (
        "Kohistan district of Badakhshan fell on Sunday.\n\n"
        "In Faryab, the Taliban attacked Kohistan district a day later."
    )
    assert _districts(gazetteer, text) == [("Kohistan", "Badakhshan"), ("Kohistan", "Faryab")]


# -- district names that are not places in the sentence ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The statement was issued in Farsi and Pashto.",  # a language
        "Security forces withdrew to the 215th Maiwand Corps headquarters.",  # an army unit
        "Commanders of the Maiwand Corps met in the capital.",
        "Kakar said the fighters had left.",  # a surname before a verb of speech
        "Daman told reporters the road was open.",
        "Mr Kakar was not available for comment.",  # a title before a surname
        "Zabihullah Kakar denied the report.",  # a given name before a surname
        "According to Kakar, the talks stalled.",
        "Gen. Daman visited the front.",
    ],
)
def test_district_names_used_as_languages_units_or_surnames_are_not_places(gazetteer, text):
    assert _districts(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Taliban attacked police posts in Farsi district of Herat.", "Farsi"),
        ("Heavy fighting was reported in Maiwand on Friday.", "Maiwand"),
        ("The Taliban captured Maiwand after a week of clashes.", "Maiwand"),
        ("Fighting spread to southern Daman on Sunday.", "Daman"),
        ("Kandahar's Daman district was quiet.", "Daman"),
        ("Kandahar's Daman came under attack.", "Daman"),
        ("Clashes were reported in the Daman area.", "Daman"),
        ("Residents of Kakar said the fighters had left.", "Kakar"),
        ("Spin Boldak, Daman and Maiwand were under curfew.", "Daman"),
        ("The fighting reached a district called Kakar by evening.", "Kakar"),
        ("They were led by Ahmad Khan. Maiwand district fell.", "Maiwand"),  # not "Khan Maiwand"
    ],
)
def test_district_names_with_locative_support_are_places(gazetteer, text, name):
    assert name in [n for n, _ in _districts(gazetteer, text)]


def test_a_district_named_once_as_a_place_is_a_place_where_the_article_names_it_again(
    gazetteer,
):
    text = "The Taliban entered Maiwand district on Monday.\n\nBy Tuesday Maiwand had fallen."
    assert [m.surface for m in gazetteer.find(text)] == ["Maiwand", "Maiwand"]


def test_a_bare_district_name_never_named_as_a_place_is_not_one(gazetteer):
    assert _districts(gazetteer, "Maiwand had fallen by Tuesday.") == []


def test_a_surname_stays_a_person_even_when_the_article_names_the_district(gazetteer):
    text = "The Taliban entered Kakar district.\n\nKakar said the fighters had left."
    assert [m.span.start for m in gazetteer.find(text)] == [20]


SMALL = [
    {"name": "Herat", "kind": "city", "province": "Herat", "is_provincial_capital": True},
    {"name": "Gulran", "kind": "city", "province": "Herat", "population": 25_000},
    {"name": "Kushk", "kind": "city", "province": "Herat", "population": 900},
    {"name": "Camp Shorabak", "kind": "site", "province": "Helmand"},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gulran fell on Monday.", ["Gulran"]),  # a big town needs no support
        ("Kushk fell on Monday.", []),  # a small one does
        ("Kushk and Herat fell on Monday.", ["Kushk", "Herat"]),  # or a list of places
        ("Camp Shorabak was handed over.", ["Camp Shorabak"]),  # sites are well known
    ],
)
def test_well_known_places_need_no_support_and_small_towns_do(text, expected):
    gazetteer = Gazetteer.from_records(SMALL)
    assert [m.name for m in gazetteer.find(text)] == expected


# -- a district named with its kind, and the spellings wires use ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jets bombed Nad Ali and the neighboring Nawa district overnight.", "Nawa"),
        ("Jets bombed Nad Ali and the neighbouring Nawa district overnight.", "Nawa"),
        ("The Alingar district centre was handed over on Sunday.", "Alingar"),
        ("The Alingar district center was handed over on Sunday.", "Alingar"),
    ],
)
def test_a_district_named_with_its_kind_needs_no_preposition(gazetteer, text, name):
    assert name in [n for n, _ in _districts(gazetteer, text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Taliban took Arghanj Khwa district on Sunday.", "Arghanj Khwah"),
        ("Insurgents overran Nawah district of Helmand.", "Nawa"),
        ("Fighting was reported in Dahana-e-Ghori district.", "Dahana-i-Ghuri"),
    ],
)
def test_a_district_spelled_with_a_wire_variant_is_found(gazetteer, text, name):
    assert name in [n for n, _ in _districts(gazetteer, text)]
