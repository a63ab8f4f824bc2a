from datetime import date

import pytest

from sources.extract.dates import (
    event_date,
    find_dates,
    is_background,
    is_future,
    needs_anchor,
    resolve,
    resolve_relative_to,
)
from sources.extract.records import ResolvedDate
from tests.sources.extract.text_files import seed

WED_AUG_4 = date(2021, 8, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "value", "precision", "end"),
    [
        ("On July 30, the rebel militia launched an attack", "2021-07-30", "day", "2021-07-30"),
        ("July 30, 2021", "2021-07-30", "day", "2021-07-30"),
        ("30 July", "2021-07-30", "day", "2021-07-30"),
        ("the 30th of July", "2021-07-30", "day", "2021-07-30"),
        ("August 4th", "2021-08-04", "day", "2021-08-04"),
        ("Aug. 3", "2021-08-03", "day", "2021-08-03"),
        ("the Taliban said on Wednesday (August 4th) that", "2021-08-04", "day", "2021-08-04"),
        ("Tuesday, Aug. 3, 2021", "2021-08-03", "day", "2021-08-03"),
        ("2021-08-02", "2021-08-02", "day", "2021-08-02"),
        ("a call on Tuesday between Blinken and Ghani", "2021-08-03", "day", "2021-08-03"),
        ("Tuesday's attack on the minister", "2021-08-03", "day", "2021-08-03"),
        ("Tuesday evening", "2021-08-03", "day", "2021-08-03"),
        ("late on Saturday", "2021-07-31", "day", "2021-07-31"),
        ("last Friday", "2021-07-30", "day", "2021-07-30"),
        ("last Friday’s deadly assault", "2021-07-30", "day", "2021-07-30"),
        ("on Friday", "2021-07-30", "day", "2021-07-30"),
        ("on Wednesday", "2021-08-04", "day", "2021-08-04"),  # same weekday: that day
        ("last Wednesday", "2021-07-28", "day", "2021-07-28"),  # "last": the week before
        ("next Monday", "2021-08-09", "day", "2021-08-09"),
        ("yesterday", "2021-08-03", "day", "2021-08-03"),
        ("today", "2021-08-04", "day", "2021-08-04"),
        ("this morning", "2021-08-04", "day", "2021-08-04"),
        ("last night", "2021-08-03", "day", "2021-08-03"),
        ("overnight", "2021-08-03", "day", "2021-08-03"),
        ("two days ago", "2021-08-02", "day", "2021-08-02"),
        ("in the past 24 hours", "2021-08-03", "day", "2021-08-04"),
        ("earlier this week", "2021-08-02", "week", "2021-08-08"),
        ("last week", "2021-07-26", "week", "2021-08-01"),
        ("in recent days", "2021-07-26", "week", "2021-08-01"),
        ("over the past few days", "2021-07-26", "week", "2021-08-01"),
        ("fighting for several days", "2021-07-26", "week", "2021-08-01"),
        ("in recent weeks", "2021-07-01", "month", "2021-07-31"),
        ("last month", "2021-07-01", "month", "2021-07-31"),
        ("earlier this month", "2021-08-01", "month", "2021-08-31"),
        ("In April, Biden announced", "2021-04-01", "month", "2021-04-30"),
        ("since May", "2021-05-01", "month", "2021-05-31"),
        ("in December", "2020-12-01", "month", "2020-12-31"),  # after August: last year's
        ("by September", "2021-09-01", "month", "2021-09-30"),  # a deadline: the coming one
        ("in February 2020 in Doha", "2020-02-01", "month", "2020-02-29"),
        ("by August 31st", "2021-08-31", "day", "2021-08-31"),
        ("by September 11th", "2021-09-11", "day", "2021-09-11"),
        ("in 2015", "2015-01-01", "year", "2015-12-31"),
        ("October 23, 2010", "2010-10-23", "day", "2010-10-23"),
        ("this year", "2021-01-01", "year", "2021-12-31"),
    ],
)
def test_resolve_against_a_wednesday_publication(phrase, value, precision, end):
    resolved = resolve(phrase, WED_AUG_4)
    assert resolved is not None
    assert (str(resolved.value), resolved.precision, str(resolved.end)) == (value, precision, end)


def test_a_new_year_boundary_takes_the_nearest_year():
    assert resolve("December 28", date(2022, 1, 3)).value == date(2021, 12, 28)
    assert resolve("on Friday", date(2021, 1, 2)).value == date(2021, 1, 1)
    assert resolve("last month", date(2021, 1, 15)).value == date(2020, 12, 1)


def test_historical_years_in_a_sentence_resolve_to_their_real_years():
    text = "The Taliban, who ruled Afghanistan between 1996 and the end of 2001, worry many."
    mentions = find_dates(text, WED_AUG_4)
    assert [text[m.start : m.end] for m in mentions] == ["1996", "2001"]
    assert [m.value.value for m in mentions] == [date(1996, 1, 1), date(2001, 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "the 20-year war between Afghanistan and the US",
        "a withdrawal of approximately 3,000 US troops",
        "more than 95% of the withdrawal",
        "nearly 360,000 Afghans have fled",
        "Herat is the second provincial capital",
        "attacks may constitute war crimes",
        "in 2000 people's homes",
        "a city of 200,000 people",
    ],
)
def test_numbers_and_words_that_are_not_dates(text):
    assert find_dates(text, WED_AUG_4) == []


def test_offsets_point_into_the_text():
    text = "Two explosions rocked Kabul on Tuesday evening, and on July 30 the UN was attacked."
    mentions = find_dates(text, WED_AUG_4)
    assert [text[m.start : m.end] for m in mentions] == ["Tuesday evening", "July 30"]


def test_weekday_with_its_date_is_one_mention():
    text = "the Taliban said on Wednesday (August 4th) that"
    [mention] = find_dates(text, WED_AUG_4)
    assert text[mention.start : mention.end] == "Wednesday (August 4th)"


@pytest.mark.parametrize(
    "phrase", ["on Friday", "yesterday", "last night", "earlier this week", "July 30", "in April"]
)
def test_without_publication_date_relative_and_yearless_dates_are_unresolved(phrase):
    assert resolve(phrase, None) is None
    [mention] = find_dates(phrase, None)
    assert mention.value.value is None and mention.value.precision == ""


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("July 30, 2021", date(2021, 7, 30)), ("in February 2020", date(2020, 2, 1))],
)
def test_without_publication_date_full_dates_still_resolve(phrase, value):
    assert resolve(phrase, None).value == value


@pytest.mark.parametrize(
    ("phrase", "anchor", "value"),
    [
        ("Just a day earlier, Taliban fighters entered Lashkargah", "2021-08-06", "2021-08-05"),
        ("the day before", "2021-08-06", "2021-08-05"),
        ("the next day", "2021-08-06", "2021-08-07"),
        ("two days later", "2021-08-06", "2021-08-08"),
        ("three days earlier", "2021-08-06", "2021-08-03"),
        ("the same day", "2021-08-06", "2021-08-06"),
        ("on Friday", "2021-08-04", "2021-07-30"),  # not anchored: the anchor is "now"
    ],
)
def test_resolve_relative_to_an_anchor(phrase, anchor, value):
    resolved = resolve_relative_to(phrase, date.fromisoformat(anchor))
    assert resolved.value == date.fromisoformat(value) and resolved.precision == "day"


def test_anchored_phrases_are_flagged_and_not_dated_from_publication():
    assert needs_anchor("a day earlier")
    assert not needs_anchor("yesterday")
    assert resolve("A day earlier, fighters entered the city", WED_AUG_4) is None
    [mention] = find_dates("A day earlier, fighters entered the city", WED_AUG_4)
    assert mention.needs_anchor and mention.value.value is None


@pytest.mark.parametrize(
    ("phrase", "background"),
    [
        ("in 2015", True),
        ("October 23, 2010", True),
        ("in February 2020", True),
        ("In April", True),  # ends more than 60 days before an August article
        ("since May", True),
        ("last month", False),
        ("July 5, 2021", False),
        ("last Friday", False),
        ("earlier this week", False),
        ("this year", True),  # year precision never dates an event
    ],
)
def test_is_background(phrase, background):
    assert is_background(resolve(phrase, WED_AUG_4), WED_AUG_4) is background


def test_is_background_without_publication_date_only_judges_years_before_2021():
    assert is_background(resolve("October 23, 2010", None), None)
    assert not is_background(resolve("July 5, 2021", None), None)
    assert not is_background(ResolvedDate(None, ""), None)


def test_deadlines_are_future_not_background():
    deadline = resolve("by August 31", WED_AUG_4)
    assert is_future(deadline, WED_AUG_4) and not is_background(deadline, WED_AUG_4)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The US launched overnight air strikes against Taliban targets on Thursday.",
         "2021-08-06", "2021-08-05"),
        ("In April, Biden announced a withdrawal by September 11th.", "2021-08-04", None),
        ("On July 30, the militia attacked the UN compound, weeks after the May 1 start of "
         "the withdrawal.", "2021-08-04", "2021-07-30"),
        ("Five civilians were killed in Kandahar last night.", "2021-08-04", "2021-08-03"),
        ("Fighting has raged in recent days.", "2021-08-04", "2021-07-26"),
        ("A day earlier, the Taliban entered Lashkargah.", "2021-08-04", None),
    ],
)  # fmt: skip
def test_event_date_prefers_explicit_days_and_skips_background_and_deadlines(
    sentence, published, expected
):
    resolved = event_date(sentence, date.fromisoformat(published))
    assert (str(resolved.value) if resolved else None) == expected


def test_seed_002_dates_against_its_header():
    from tests.sources.extract.text_files import cleaned_file

    cleaned = cleaned_file(seed("002"))
    text = cleaned.text
    found = {text[m.start : m.end]: m.value.value for m in find_dates(text, cleaned.header_date)}
    assert found["Tuesday"] == date(2021, 8, 3)
    assert found["last Friday’s"] == date(2021, 7, 30)
    assert found["over the past 24 hours"] == date(2021, 8, 3)


def test_seed_001_relative_dates_stay_unanchored_without_a_publication_date():
    from tests.sources.extract.text_files import cleaned_file

    text = cleaned_file(seed("001")).text
    sentence = next(s for s in text.split("\n") if s.startswith("A UN report released"))
    mentions = find_dates(sentence, None)
    assert [sentence[m.start : m.end] for m in mentions][:2] == ["earlier this week", "2021"]
    assert mentions[0].value.value is None


def test_event_date_ignores_the_dateline_stamp():
    lead = (
        "KABUL, Aug. 10 (Xinhua) -- A total of 23 Taliban militants were killed over the past "
        "24 hours, the Afghan Defense Ministry said."
    )
    assert event_date(lead, date(2021, 8, 10)).value == date(2021, 8, 9)


@pytest.mark.parametrize(
    ("phrase", "published", "value"),
    [
        ("over the weekend", "2021-08-09", "2021-08-02"),  # Sat 7 and Sun 8 August
        ("in mid-July", "2021-08-04", "2021-07-01"),
        ("at the end of July", "2021-08-04", "2021-07-01"),
        ("the day before yesterday", "2021-08-04", "2021-08-02"),
        ("Sunday's fall of Kunduz", "2021-08-09", "2021-08-08"),
    ],
)
def test_more_relative_expressions(phrase, published, value):
    assert resolve(phrase, date.fromisoformat(published)).value == date.fromisoformat(value)


def test_a_month_abbreviation_alone_is_not_a_month():
    # "Gul Jan" is a name: abbreviations only count with a day or a year.
    assert find_dates("He met elders in Jan Mohammad's house.", WED_AUG_4) == []
    assert resolve("Jan. 5, 2021", None).value == date(2021, 1, 5)


@pytest.mark.parametrize(
    "phrase", ["in the past three months", "in recent months", "over the past few months"]
)
def test_multi_month_periods_are_aggregates_and_background(phrase):
    resolved = resolve(phrase, date(2021, 8, 5))
    assert resolved.precision == "period"
    assert resolved.value == date(2021, 5, 1) and resolved.end == date(2021, 8, 5)
    assert is_background(resolved, date(2021, 8, 5))


def test_mention_kinds_tell_weekdays_from_vague_periods_when_undated():
    text = "Fighting raged on Friday and last week, and in recent months."
    assert [m.kind for m in find_dates(text, None)] == ["weekday", "vague", "period"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The governor was killed on the 5th of August.", "the 5th of August", "2021-08-05"),
        ("On Aug. 3, gunmen attacked", "Aug. 3", "2021-08-03"),
        ("Sept. 11", "Sept. 11", "2021-09-11"),
        ("Since the start of May, more than 1,000 civilians", "the start of May", "2021-05-01"),
        ("The city fell on 8/8/2021.", "8/8/2021", "2021-08-08"),
        ("The city fell on 15.08.2021.", "15.08.2021", "2021-08-15"),
        ("The talks, held in Doha on July 17-18, ended", "July 17", "2021-07-17"),
    ],
)
def test_spans_and_values_of_absolute_forms(text, span, value):
    [mention] = find_dates(text, WED_AUG_4)
    assert text[mention.start : mention.end] == span
    assert str(mention.value.value) == value


def test_numeric_dates_whose_day_and_month_can_swap_stay_unresolved():
    [mention] = find_dates("on 05/08/2021", WED_AUG_4)
    assert mention.value.value is None


def test_without_publication_date_a_month_day_takes_the_latest_year_the_text_names():
    text = (
        "The offensive began in May 2021. In 2015 the city fell for two weeks. "
        "On August 8, fighters took the governor's office. On Friday they left."
    )
    found = {text[m.start : m.end]: m.value for m in find_dates(text, None, years_from_text=True)}
    assert found["August 8"] == ResolvedDate(date(2021, 8, 8), "day", date(2021, 8, 8), "August 8")
    assert found["Friday"].value is None  # a weekday needs the day of publication


def test_without_years_from_text_a_month_day_stays_undated():
    text = "The offensive began in May 2021. On August 8, fighters took the governor's office."
    found = {text[m.start : m.end]: m.value for m in find_dates(text, None)}
    assert found["August 8"].value is None


def test_a_publication_date_still_decides_the_year_of_a_month_day():
    text = "In 2015 the city fell. On August 8, fighters took the governor's office."
    found = {
        text[m.start : m.end]: m.value
        for m in find_dates(text, date(2021, 8, 20), years_from_text=True)
    }
    assert found["August 8"].value == date(2021, 8, 8)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("on Monday last week", date(2021, 7, 26)),
        ("Friday night last week", date(2021, 7, 30)),
        ("on Tuesday of last week", date(2021, 7, 27)),
    ],
)
def test_a_weekday_of_last_week_is_that_day_of_the_week_before(phrase, day):
    assert resolve(phrase, WED_AUG_4) == ResolvedDate(day, "day", day, phrase.removeprefix("on "))


def test_earlier_in_the_week_is_the_week_of_publication():
    assert resolve("earlier in the week", WED_AUG_4) == ResolvedDate(
        date(2021, 8, 2), "week", date(2021, 8, 8), "earlier in the week"
    )
