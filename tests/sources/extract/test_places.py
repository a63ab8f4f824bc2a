"""Place mentions against the shipped gazetteer (events/data/gazetteer.json)."""

import pytest

from sources.extract.places import Gazetteer


def _found(gazetteer, text):
    return [(m.surface, m.name, m.kind) for m in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare name is the city when there is one; the province when the text says so.
        ("Fighting raged in Herat on Friday.", [("Herat", "Herat", "city")]),
        ("Fighting raged in Herat province.", [("Herat province", "Herat", "province")]),
        (
            "Taliban fighters entered Helmand Province.",
            [("Helmand Province", "Helmand", "province")],
        ),
        ("Clashes in the province of Kandahar.", [("Kandahar", "Kandahar", "province")]),
        ("Residents of Herat city fled.", [("Herat city", "Herat", "city")]),
        (
            "Civilians fled Helmand and Kandahar provinces.",
            [("Helmand", "Helmand", "province"), ("Kandahar", "Kandahar", "province")],
        ),
        # Spelling variants, hyphens and hashtags.
        ("The Taliban entered Mazar-e Sharif.", [("Mazar-e Sharif", "Mazar-i-Sharif", "city")]),
        ("The Taliban entered Mazar-e-Sharif.", [("Mazar-e-Sharif", "Mazar-i-Sharif", "city")]),
        ("Operations started in #Lashkargah.", [("Lashkargah", "Lashkar Gah", "city")]),
        ("Some 40 people were killed in Lashkagah.", [("Lashkagah", "Lashkar Gah", "city")]),
        (
            "Fighting in Lashkar Gah, capital of Helmand.",
            [
                ("Lashkar Gah", "Lashkar Gah", "city"),
                ("Helmand", "Helmand", "province"),
            ],
        ),
        ("Clashes in Nad Ali district.", [("Nad Ali", "Nad Ali", "district")]),
        ("Afghanistan's army retreated.", [("Afghanistan", "Afghanistan", "country")]),
    ],
)
def test_find_names_the_place_and_its_kind(gazetteer, text, expected):
    assert _found(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "will the talks continue? May God help us.",  # common words, lower case or not
        "Now the fighters are gone.",
        "Bar none, it was the worst week.",
    ],
)
def test_common_words_are_not_places(gazetteer, text):
    assert gazetteer.find(text) == []


def test_places_abroad_are_marked_so_that_they_are_never_locations(gazetteer):
    mentions = gazetteer.find("Talks in Doha stalled while Pakistan closed the border.")
    assert [(m.name, m.in_afghanistan) for m in mentions] == [("Doha", False), ("Pakistan", False)]


def test_a_place_inside_an_actor_phrase_is_still_a_mention(gazetteer):
    assert _found(gazetteer, "The Kabul government rejected the offer.") == [
        ("Kabul", "Kabul", "city")
    ]


def test_spans_index_the_full_text_with_the_offset():
    gazetteer = Gazetteer.from_records(
        [{"name": "Herat", "kind": "city", "province": "Herat", "aliases": []}]
    )
    body = "Intro paragraph.\n\nFighting in Herat."
    paragraph_start = body.index("Fighting")
    (mention,) = gazetteer.find(body[paragraph_start:], offset=paragraph_start)
    assert body[mention.span.start : mention.span.end] == "Herat" == mention.span.text


SMALL = [
    {"name": "Herat", "kind": "province", "province": None, "aliases": []},
    {"name": "Herat", "kind": "city", "province": "Herat", "is_provincial_capital": True},
    {"name": "Khan", "kind": "city", "province": "Herat", "aliases": []},
    {"name": "Sabz", "kind": "city", "province": "Herat", "aliases": []},
    {"name": "Gulran", "kind": "city", "province": "Herat", "aliases": []},
    {"name": "Ali", "kind": "city", "province": "Herat", "aliases": []},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ismail Khan rallied his men.", []),  # a name part, not the village Khan
        ("Commander Gulran Sadiqi said.", []),  # next to a capitalised non-place word
        ("Mohammad Ali fled to Herat.", ["Herat"]),
        ("The Taliban took Gulran on Monday.", ["Gulran"]),
        ("Gulran, Herat fell.", ["Gulran", "Herat"]),
    ],
)
def test_small_places_are_not_read_out_of_peoples_names(text, expected):
    gazetteer = Gazetteer.from_records(SMALL)
    assert [m.name for m in gazetteer.find(text)] == expected


def test_lookup_resolves_variants_and_kind_words(gazetteer):
    assert gazetteer.lookup("Herat").kind == "city"
    assert gazetteer.lookup("Herat province").kind == "province"
    assert gazetteer.lookup("Lashkar-gah").name == "Lashkar Gah"
    assert gazetteer.lookup("Mazar-e Sharif").name == "Mazar-i-Sharif"
    assert gazetteer.lookup("Ned Price") is None


def test_words_joined_only_match_names_of_several_words():
    gazetteer = Gazetteer.from_records(
        [
            {"name": "Kunduz", "kind": "city", "province": "Kunduz", "aliases": ["Kunduzas"]},
            {"name": "Mazar-i-Sharif", "kind": "city", "province": "Balkh", "aliases": []},
        ]
    )
    assert [m.surface for m in gazetteer.find("Fighting in Kunduz as the Taliban advance.")] == [
        "Kunduz"
    ]
    assert [m.name for m in gazetteer.find("They fled Mazari Sharif.")] == ["Mazar-i-Sharif"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An apposition naming an air base makes the name the site, not the district.
        (
            "The US military was using Bagram, the former US air base north of the capital.",
            ("Bagram", "Bagram Air Base", "site"),
        ),
        ("Fighting reached Bagram district on Monday.", ("Bagram district", "Bagram", "district")),
        (
            "Residents fled Bagram, the district north of the capital.",
            ("Bagram", "Bagram", "district"),
        ),
    ],
)
def test_a_site_named_by_its_apposition(gazetteer, text, expected):
    assert _found(gazetteer, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Taliban took the town of Wesh at the crossing.", "Spin Boldak"),
        ("The Taliban entered Shebarghan on Saturday.", "Sheberghan"),
        ("Fighting reached Pol-i-Khumri.", "Pul-e Khumri"),
        ("Fighters captured Qala-e-Now.", "Qala-i-Naw"),
        ("The Torghondi crossing was closed.", "Torghundi"),
        # A capitalised article before a small place is no given name.
        ("The Torghundi crossing was closed.", "Torghundi"),
    ],
)
def test_wire_spellings_added_to_the_gazetteer(gazetteer, text, name):
    assert [m.name for m in gazetteer.find(text)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names listed together are of one kind when the members of one kind only agree.
        (
            "The Taliban advanced in Kunduz, Takhar and Baghlan.",
            [("Kunduz", "province"), ("Takhar", "province"), ("Baghlan", "province")],
        ),
        (
            "Resistance fighters retook Deh Salah and Pul-e-Hisar.",
            [("Deh Salah", "district"), ("Pul-e Hisar", "district")],
        ),
        # Nothing to agree on: a bare name stays the city.
        ("Fighting in Kunduz and Herat.", [("Kunduz", "city"), ("Herat", "city")]),
        # A kind the text states stands.
        (
            "Tarinkot in Uruzgan province and Qalat in Zabul fell.",
            [
                ("Tarinkot", "city"),
                ("Uruzgan", "province"),
                ("Qalat", "city"),
                ("Zabul", "province"),
            ],
        ),
    ],
)
def test_names_listed_together_are_read_as_one_kind(gazetteer, text, expected):
    assert [(m.name, m.kind) for m in gazetteer.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Torkham fell to the Taliban on Friday.", [("Torkham", "city")]),
        ("Kajaki has also been overrun.", [("Kajaki", "district")]),
        ("Andarab was retaken by resistance fighters.", [("Andarab", "district")]),
        # Nothing a place is the subject of: a small name stays unconfirmed.
        ("Khakrez was quiet.", []),
    ],
)
def test_a_small_place_that_fell_or_was_taken_is_a_place(gazetteer, text, expected):
    assert [(m.name, m.kind) for m in gazetteer.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Iran's second city, not the Badakhshan village of the same name.
        ("Thousands fled to Mashhad in Iran.", [("Mashhad", False), ("Iran", False)]),
        # A well-known Afghan place keeps its name over anything abroad.
        ("Fighting in Herat.", [("Herat", True)]),
    ],
)
def test_a_city_abroad_outweighs_an_afghan_village_of_its_name(gazetteer, text, expected):
    assert [(m.name, m.in_afghanistan) for m in gazetteer.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An alias that ends on a place noun says by itself that it is the place.
        ("Fighting spread to the Andarab valley.", [("Andarab", "district")]),
        # A pass or tunnel named after a district is read as that district.
        ("The Salang pass was closed.", [("Salang", "district")]),
    ],
)
def test_a_small_place_named_with_its_place_noun_is_a_place(gazetteer, text, expected):
    assert [(m.name, m.kind) for m in gazetteer.find(text)] == expected
