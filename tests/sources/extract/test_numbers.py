import pytest

from sources.extract.numbers import find_casualties, parse_number


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # seeds
        ("Two large explosions rocked Kabul on Tuesday evening, killing eight civilians and "
         "injuring around 20.", 8, 20),
        ("latest reports indicate some 40 people were killed, and 118 injured, over the past 24 "
         "hours in Lashkagah, capital of Helmand Province.", 40, 118),
        ("At least 40 civilians have been killed and 118 injured in the past 24 hours, the "
         "United Nations Mission in Afghanistan (Unama) announced on Tuesday.", 40, 118),
        ("The Council issued a statement condemning the attack, which killed an Afghan "
         "security forces guard and wounded several others.", 1, None),
        ("Five more civilians were killed in Kandahar, and 42 wounded.", 5, 42),
        ("the main UN site in Herat was attacked by anti-government elements and at least one "
         "security guard was killed.", 1, None),
        ("Taliban’s shadow governor for Bamyan Moulvi Anus was killed along with 40 other "
         "terrorists in an airstrike in Darah-Sof-Bal district last night.", 41, None),
        ("The security forces took about five hours to break down resistance from the "
         "attackers, all of whom were killed.", None, None),
        ("the attack that resulted in the killing of an Afghan security forces guard and "
         "injuries to others.", 1, None),
        ("the attack on the compound in Herat that took place on Friday and resulted in the "
         "death of one security guard.", 1, None),
        # other outlets' phrasing
        ("A Taliban attack on a hospital late Tuesday killed four civilians, including two "
         "health workers.", 4, None),
        ("a roadside bomb killed two policemen and injured three others in Dehdadi district "
         "last night.", 2, 3),
        ("He said a dozen security personnel lost their lives and 25 others were wounded in "
         "the clashes.", 12, 25),
        ("At least 14 civilians were killed and more than 30 wounded in Kunduz.", 14, 30),
        ("at least 12 Taliban fighters were killed and four security force members wounded "
         "in the fighting in the past two days.", 12, 4),
        ("The ministry said 253 Taliban were killed and 97 wounded in operations over the "
         "past 24 hours.", 253, 97),
        ("The insurgents struck a checkpoint overnight, killing three policemen and wounding "
         "two.", 3, 2),
        ("A policeman was killed and two civilians were wounded.", 1, 2),
        ("A car bomb exploded in Kabul, leaving 3 dead and 12 wounded.", 3, 12),
        ("Twenty-five soldiers died in the ambush.", 25, None),
        ("The death toll rose to 23, officials said.", 23, None),
        ("Two commanders were killed along with 10 other fighters.", 12, None),
        ("A 20-year-old man was killed by a stray bullet.", 1, None),
        ("Afghan forces killed 1,250 insurgents in airstrikes.", 1250, None),
        ("The explosion killed a child and injured 14.", 1, 14),
        ("Officials said the 20 people who were killed included five children.", 20, None),
        ("No one was hurt in the blast, police said.", None, 0),
        ("There were no casualties.", 0, 0),
        ("On Friday, gunmen shot dead Dawa Khan Menapal, the head of the media centre, in Kabul.",
         1, None),
        ("Gunmen killed the provincial police chief in Ghor.", 1, None),
        ("At least 13 people, including five children, were killed when a roadside bomb hit a "
         "minivan in Ghazni on Saturday, officials said.", 13, None),
        ("The Defense Ministry said 385 Taliban fighters had been killed and 210 wounded in "
         "operations in 12 provinces.", 385, 210),
        ("Eight members of the security forces were martyred and four others injured.", 8, 4),
        ("The attack killed 12 people and wounded 41, most of them civilians.", 12, 41),
        ("UNAMA said 1,659 civilians were killed and 3,524 injured in the first six months of "
         "2021.", 1659, 3524),
        ("The Taliban executed 22 Afghan commandos as they tried to surrender in Faryab.", 22,
         None),
        ("Three people died and seven were wounded in the blast in Kabul's Sherpur area.", 3, 7),
        ("Gunmen shot and killed a provincial judge in Kunduz on Thursday.", 1, None),
        ("Fighting in Herat over the past week has left 23 civilians dead and 48 wounded.", 23,
         48),
        ("Half a dozen soldiers were killed.", 6, None),
        ("The number of dead rose to 30.", 30, None),
        ("The toll climbed to 14 on Sunday.", 14, None),
        ("Five people, including two children, were killed when a mortar hit a house.", 5, None),
        ("Dawa Khan Menapal, the head of the media centre, was shot dead in Kabul on Friday.",
         1, None),
        ("No one was killed in the attack.", 0, None),
        ("The attack left at least 10 civilians dead.", 10, None),
        ("Over 100 Taliban fighters were killed and dozens wounded.", 100, None),
        ("The bodies of 22 commandos were recovered.", 22, None),
        ("A total of 23 Taliban militants were killed and 11 others wounded.", 23, 11),
        ("a rocket hit a residential area, killing a child and injuring three other civilians.",
         1, 3),
    ],
)  # fmt: skip
def test_counts_tied_to_killing_and_injuring_words(sentence, killed, injured):
    casualties = find_casualties(sentence)
    assert (casualties.fatalities, casualties.injured) == (killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "Herat is the second provincial capital that the Taliban have invaded in the past 24 "
        "hours.",
        "In April, Biden announced a full withdrawal of approximately 3,000 US troops from "
        "Afghanistan by September 11th.",
        "The nation's top military officer said the US had completed more than 95% of the "
        "withdrawal.",
        "nearly 360,000 Afghans have fled their homes this year due to conflict.",
        "ending the 20-year cold war between war-torn Afghanistan and the US.",
        "Over 15 Taliban vehicles along with a large number of weapons were destroyed.",
        "The Taliban ruled Afghanistan between 1996 and 2001.",
        "No UN personnel were injured in the attack.",
        "Clashes on August 3 continued in Lashkar Gah, a city of 200,000 people.",
        "Three rockets hit the airport.",
        "Our first thoughts are with the family of the slain officer.",
        "The convoy was attacked on the highway.",
        "A car bomb on August 3 killed no one.",
        "The unit executed a plan to retake the district.",
        "Airstrikes killed Afghan National Army soldiers by mistake.",
        "The strike killed the commanders of the unit.",
        "Officials said the fighting had displaced some 5,000 families in Kunduz.",
        "Two rockets landed near the palace; there were no reports of casualties.",
    ],
)
def test_numbers_that_are_not_casualty_counts(sentence):
    casualties = find_casualties(sentence)
    assert (casualties.fatalities, casualties.injured) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "vague_killed", "vague_injured"),
    [
        ("The Embassy accused the Taliban of killing dozens of civilians in Spin Boldak.",
         True, False),
        ("Dozens of people were wounded when a rocket hit the market.", False, True),
        ("A large number of civilians were killed in the fighting.", True, False),
        ("Tens of people were killed.", True, False),
        ("which killed an Afghan guard and wounded several others.", False, True),
    ],
)  # fmt: skip
def test_casualties_without_a_figure_are_flagged_not_counted(sentence, vague_killed, vague_injured):
    casualties = find_casualties(sentence)
    assert (casualties.vague_killed, casualties.vague_injured) == (vague_killed, vague_injured)
    assert casualties.fatalities is None or not vague_killed
    assert casualties.injured is None


def test_spans_and_approximation():
    sentence = "At least 40 civilians have been killed and around 118 injured."
    casualties = find_casualties(sentence)
    assert sentence[slice(*casualties.killed_span)] == "40"
    assert sentence[slice(*casualties.injured_span)] == "118"
    assert casualties.fatalities_approximate and casualties.injured_approximate
    exact = find_casualties("Five more civilians were killed in Kandahar, and 42 wounded.")
    assert not exact.fatalities_approximate and not exact.injured_approximate


@pytest.mark.parametrize(
    "sentence",
    [
        "The fighting has caused 40 casualties.",
        "More than 40 civilians have been killed or wounded in the past month, the UN said.",
        "Some 40 people were killed and wounded.",
    ],
)
def test_casualties_without_split_are_reported_apart(sentence):
    casualties = find_casualties(sentence)
    assert casualties.casualties == 40
    assert casualties.fatalities is None and casualties.injured is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("eight", 8), ("twenty-five", 25), ("twenty five", 25), ("a dozen", 12),
        ("two dozen", 24), ("a hundred", 100), ("one hundred and twenty", 120),
        ("three thousand", 3000), ("3,000", 3000), ("an", 1), ("118", 118), ("several", None),
    ],
)  # fmt: skip
def test_parse_number(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Nine Taliban fighters and three soldiers were killed, officials said.", 12, None),
        ("The army said 14 insurgents and two policemen were killed.", 16, None),
        ("At least six civilians and two soldiers were wounded in the blast.", None, 8),
        ("Two were wounded and four soldiers were killed in Paktia.", 4, 2),
    ],
)
def test_two_counted_subjects_of_one_verb_add_up(sentence, killed, injured):
    found = find_casualties(sentence)
    assert (found.fatalities, found.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Two policemen and a child were killed in the blast.", 3),
        ("The bombing in Khost claimed 14 lives.", 14),
        ("The clashes took at least nine civilian lives.", 9),
        ("The fighting took a few lives, residents said.", None),
    ],
)
def test_counts_of_lives_and_of_a_single_victim_joined_to_others(sentence, killed):
    assert find_casualties(sentence).fatalities == killed
