"""The actor lexicon as the migrations load it: aliases, affiliations, kinds."""

import pytest

from events.models import Actor
from events.models.names import name_key

pytestmark = pytest.mark.django_db


def test_zabihullah_mujahid_speaks_for_the_taliban():
    mujahid = Actor.objects.get(name="Zabihullah Mujahid")
    assert mujahid.kind == "person"
    assert mujahid.affiliation.name == "Taliban"
    assert mujahid.side.name == "Taliban"
    assert mujahid.matches("Mujahid")


def test_unama_knows_the_names_articles_give_it():
    unama = Actor.objects.get(name="UN Assistance Mission in Afghanistan")
    for name in [
        "UNAMA",
        "Unama",
        "United Nations Assistance Mission in Afghanistan",
        "UN Aid Mission in Afghanistan",
        "United Nations Mission in Afghanistan",
    ]:
        assert unama.matches(name), name
    assert unama.affiliation.name == "United Nations"
    assert Actor.objects.get(name="Deborah Lyons").affiliation == unama


@pytest.mark.parametrize(
    ("alias", "actor", "affiliation"),
    [
        (
            "Afghan security forces",
            "Afghan National Defense and Security Forces",
            "Government of Afghanistan",
        ),
        (
            "Afghan National Army",
            "Afghan National Defense and Security Forces",
            "Government of Afghanistan",
        ),
        (
            "government forces",
            "Afghan National Defense and Security Forces",
            "Government of Afghanistan",
        ),
        (
            "Afghanistan's Foreign Affairs Ministry",
            "Ministry of Foreign Affairs (Afghanistan)",
            "Government of Afghanistan",
        ),
        ("Defense Ministry", "Ministry of Defense (Afghanistan)", "Government of Afghanistan"),
        ("Kabul government", "Government of Afghanistan", None),
        ("UN refugee agency", "UNHCR", "United Nations"),
        ("UN Population Fund", "UNFPA", "United Nations"),
        ("UNSC", "UN Security Council", "United Nations"),
        ("Human Rights Watch", "Human Rights Watch", None),
        ("U.S. Embassy", "US Embassy in Kabul", "US State Department"),
        ("British embassy", "British Embassy in Kabul", "Government of the United Kingdom"),
        ("American troops", "US Armed Forces", "US Department of Defense"),
        ("State Department", "US State Department", "Government of the United States"),
        ("Stephane Dujarric", "Stéphane Dujarric", "UN Secretary-General"),
        ("António Guterres", "Antonio Guterres", "UN Secretary-General"),
        ("Joseph R. Biden", "Joe Biden", "Government of the United States"),
        ("Bismillah Khan Mohammadi", "Bismillah Mohammadi", "Ministry of Defense (Afghanistan)"),
        ("Fawad Aman", "Fawad Aman", "Ministry of Defense (Afghanistan)"),
        ("Khalilzad", "Zalmay Khalilzad", "US State Department"),
        ("Ned Price", "Ned Price", "US State Department"),
        ("Jake Sullivan", "Jake Sullivan", "US National Security Council"),
        ("Ashraf Ghani Ahmadzai", "Ashraf Ghani", "Government of Afghanistan"),
        ("ISIS-K", "Islamic State Khorasan Province", None),
        ("civilians", "Civilians (Afghanistan)", None),
    ],
)
def test_actor_aliases_from_the_seed_articles_resolve(alias, actor, affiliation):
    found = [a for a in Actor.objects.select_related("affiliation") if a.matches(alias)]
    assert [a.name for a in found] == [actor]
    assert (found[0].affiliation.name if found[0].affiliation else None) == affiliation


def test_generic_words_are_not_taken_for_one_side():
    names = {name_key(n) for a in Actor.objects.all() for n in a.all_names}
    assert not names & {"insurgents", "militants", "rebels", "security forces", "the mission"}


def test_the_lexicon_covers_every_kind_of_actor_and_no_alias_is_shared():
    actors = list(Actor.objects.all())
    assert len(actors) >= 80
    assert {a.kind for a in actors} == {
        "armed_group", "state_forces", "government", "international_org",
        "foreign_government", "ngo", "media", "person", "civilians", "other",
    }  # fmt: skip
    owner: dict[str, str] = {}
    clashes = []
    for actor in actors:
        for key in {name_key(n) for n in actor.all_names}:
            if key in owner:
                clashes.append((key, owner[key], actor.name))
            owner[key] = actor.name
    assert clashes == []
    assert Actor.objects.get(name="Civilians (Afghanistan)").kind == "civilians"


def test_every_person_belongs_to_an_organisation_except_the_unaffiliated_few():
    loose = Actor.objects.people().filter(affiliation__isnull=True)
    assert list(loose.values_list("name", flat=True)) == ["Hamid Karzai"]


@pytest.mark.parametrize(
    ("name", "affiliation"),
    [
        ("Abdul Saboor Qani", "Government of Afghanistan"),
        ("Rohullah Khanzada", "Government of Afghanistan"),
        ("Dawood Laghmani", "Government of Afghanistan"),
        ("Mohammad Farhad Azimi", "Government of Afghanistan"),
        ("Dawa Khan Menapal", "Government of Afghanistan"),
        ("Mohammad Masoom Stanekzai", "Government of Afghanistan"),
        ("Hibatullah Alizai", "Afghan National Defense and Security Forces"),
        ("Wali Mohammad Ahmadzai", "Afghan National Defense and Security Forces"),
        ("Tariq Arian", "Ministry of Interior (Afghanistan)"),
        ("Amir Khan Muttaqi", "Taliban"),
        ("Abdul Hakim Haqqani", "Taliban Political Office"),
        ("Mullah Yaqoob", "Taliban"),
        ("Suhail Shaheen", "Taliban Political Office"),
        ("Henrietta Fore", "UNICEF"),
        ("Patricia Gossman", "Human Rights Watch"),
        ("Heiko Maas", "Government of Germany"),
        ("Angela Merkel", "Government of Germany"),
        ("Jen Psaki", "Government of the United States"),
        ("Doctors Without Borders", None),
        ("Emergency NGO", None),
        ("Norwegian Refugee Council", None),
    ],
)
def test_actors_of_the_offensive_belong_to_their_organisation(name, affiliation):
    found = [a for a in Actor.objects.select_related("affiliation") if a.matches(name)]
    assert len(found) == 1, found
    assert (found[0].affiliation.name if found[0].affiliation else None) == affiliation


def test_protesters_are_civilians_apart_from_the_civilian_victims():
    found = [a for a in Actor.objects.all() if a.matches("protesters")]
    assert [(a.name, a.kind) for a in found] == [("Protesters (Afghanistan)", "civilians")]
    assert not found[0].matches("civilians")


def test_bare_police_government_and_security_forces_are_left_to_the_context():
    names = {name_key(n) for a in Actor.objects.all() for n in a.all_names}
    generic = {"police", "the police", "government", "the government", "security forces"}
    assert not names & generic
    assert Actor.objects.get(name="Afghan National Police").matches("Afghan police")


def test_who_is_an_all_capitals_alias_only():
    """The extraction matches an all-capitals alias only where the text writes it in capitals,
    so "WHO" never picks up the pronoun."""
    who = [n for a in Actor.objects.all() for n in a.all_names if name_key(n) == "who"]
    assert who == ["WHO"]
