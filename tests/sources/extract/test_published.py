from datetime import date

import pytest

from sources.extract.clean import clean
from sources.extract.dates import event_date
from sources.extract.published import infer_publication_date
from tests.sources.extract.text_files import cleaned_file, seed, text_article


@pytest.mark.parametrize(
    ("prefix", "value"), [("000", date(2021, 7, 31)), ("002", date(2021, 8, 4))]
)
def test_seed_header_dates_are_the_publication_dates(prefix, value):
    published = infer_publication_date(cleaned_file(seed(prefix)))
    assert (published.value, published.origin) == (value, "header")


def test_seed_004_is_dated_from_wednesday_august_4th_and_the_tweet_of_august_5():
    published = infer_publication_date(cleaned_file(seed("004")))
    assert published.value == date(2021, 8, 5)
    assert published.origin == "inferred"
    assert "'Wednesday (August 4th)' is 2021-08-04" in published.reason
    assert "tweet of 2021-08-05" in published.reason


def test_seed_004_relative_days_then_fall_before_publication():
    cleaned = cleaned_file(seed("004"))
    published = infer_publication_date(cleaned).value
    sentence = next(s for s in cleaned.text.split("\n") if s.startswith("Two large explosions"))
    assert event_date(sentence, published).value == date(2021, 8, 3)  # "Tuesday evening"


@pytest.mark.parametrize("prefix", ["001", "003"])
def test_seeds_with_only_relative_dates_stay_unknown(prefix):
    published = infer_publication_date(cleaned_file(seed(prefix)))
    assert published.value is None
    assert published.origin == "unknown"
    assert "no absolute anchor" in published.reason


def test_seed_001_caption_date_never_becomes_the_publication_date():
    # The caption (2010) and the Bagram photo (July 5, 2021) are removed, never used.
    published = infer_publication_date(cleaned_file(seed("001")))
    assert published.value not in (date(2010, 10, 23), date(2021, 7, 5))


@pytest.mark.parametrize(
    ("name", "value", "origin", "reason_part"),
    [
        ("aljazeera_kandahar", date(2021, 8, 1), "inferred", "Published On 1 Aug 2021"),
        ("bbc_herat", date(2021, 8, 13), "inferred", "13 August 2021"),
        ("pajhwok_sheberghan", date(2021, 8, 7), "inferred", "Last updated: Aug 7, 2021"),
        ("reuters_zaranj", date(2021, 8, 6), "inferred", "dateline 'KABUL, Aug 6'"),
        ("tolonews_ghazni", date(2021, 8, 5), "header", "header"),
        ("afp_kunduz", None, "unknown", "no absolute anchor"),
        ("ap_lashkargah", None, "unknown", "no absolute anchor"),
        ("khaama_mazar", None, "unknown", "no absolute anchor"),
    ],
)
def test_publication_date_of_other_outlets(name, value, origin, reason_part):
    published = infer_publication_date(text_article(name))
    assert (published.value, published.origin) == (value, origin)
    assert reason_part in published.reason


@pytest.mark.parametrize(
    ("name", "first_words", "expected"),
    [
        ("aljazeera_kandahar", "At least three rockets", date(2021, 7, 31)),  # late on Saturday
        ("reuters_zaranj", "KABUL, Aug 6", date(2021, 8, 6)),  # on Friday, same day
        ("pajhwok_sheberghan", "SHEBERGHAN:", date(2021, 8, 7)),  # on Saturday
        ("bbc_herat", "Earlier on Thursday", date(2021, 8, 12)),
        ("tolonews_ghazni", "Clashes between", date(2021, 8, 5)),
    ],
)
def test_events_in_other_outlets_are_dated_against_the_inferred_publication(
    name, first_words, expected
):
    cleaned = text_article(name)
    published = infer_publication_date(cleaned).value
    paragraph = next(p for p in cleaned.text.split("\n") if p.startswith(first_words))
    assert event_date(paragraph, published).value == expected


def test_a_tweet_alone_is_a_lower_bound_taken_as_the_day():
    raw = (
        "Fighting continued in Kunduz.\n\nWe pushed them back.\n\n"
        "— Kunduz Police (@KunduzPolice) July 20, 2021\n"
    )
    published = infer_publication_date(clean(raw))
    assert published.value == date(2021, 7, 20)
    assert "on or after 2021-07-20" in published.reason


def test_the_latest_anchor_wins():
    raw = (
        "The governor spoke on Monday, August 2, and the army on Thursday (August 5th).\n\n"
        "More fighting was reported."
    )
    assert infer_publication_date(clean(raw)).value == date(2021, 8, 5)


def test_a_stated_year_decides_a_weekday_date_pair():
    raw = "Officials said on Sunday, August 8, that Kunduz had fallen. The deal of May 1, 2021."
    assert infer_publication_date(clean(raw)).value == date(2021, 8, 8)


def test_a_weekday_that_does_not_match_its_date_gives_no_anchor():
    raw = "Officials said on Monday (August 4th) that the city had fallen."
    assert infer_publication_date(clean(raw)).origin == "unknown"


def test_dates_before_2021_are_never_publication_dates():
    raw = "Published: October 23, 2010\n\nThe UN office in Herat reopened."
    published = infer_publication_date(clean(raw))
    assert published.value is None and published.origin == "unknown"


def test_a_text_without_any_date_says_so():
    published = infer_publication_date(clean("The Taliban advanced on the city."))
    assert published == published.__class__(
        None, "unknown", "no date header and no date in the text"
    )


@pytest.mark.parametrize(
    ("name", "value", "reason_part"),
    [
        ("cnn_kabul", date(2021, 8, 7), "Updated 0932 GMT"),
        ("guardian_lashkargah", date(2021, 8, 2), "Mon 2 Aug 2021"),
        ("xinhua_ghazni", date(2021, 8, 10), "only in 2021 is that day a Tuesday"),
        ("ani_mazar", date(2021, 8, 12), "only in 2021 is that day a Thursday"),
    ],
)
def test_publication_lines_and_datelines_of_more_outlets(name, value, reason_part):
    published = infer_publication_date(text_article(name))
    assert (published.value, published.origin) == (value, "inferred")
    assert reason_part in published.reason


def test_a_published_line_wins_over_an_updated_line():
    raw = "Updated: Aug 9, 2021\n\nPublished: Aug 7, 2021\n\nKunduz fell on Sunday."
    assert infer_publication_date(clean(raw)).value == date(2021, 8, 7)


def test_a_dateline_whose_lead_names_no_matching_weekday_stays_unknown():
    raw = "KABUL, Aug 6 (Reuters) - Fighting continued, officials said."
    published = infer_publication_date(clean(raw))
    assert published.origin == "unknown"


def test_a_future_weekday_date_is_not_a_lower_bound():
    raw = (
        "Officials said on Tuesday, August 10, that talks would resume on Thursday, August 12, "
        "in Doha."
    )
    assert infer_publication_date(clean(raw)).value == date(2021, 8, 10)


def test_unambiguous_numeric_publication_line():
    cleaned = clean("Issued on: 15/08/2021 - 15:21\n\nKabul fell on Sunday.")
    assert infer_publication_date(cleaned).value == date(2021, 8, 15)


def test_ambiguous_numeric_publication_line_is_reported_not_guessed():
    published = infer_publication_date(clean("Issued on: 05/08/2021 - 15:21\n\nKunduz fell."))
    assert published.value is None
    assert "Issued on: 05/08/2021" in published.reason


def test_a_dateline_under_the_headline_counts():
    raw = (
        "Taliban fighters enter Kunduz city\n\nKABUL, Aug 8 (Reuters) - Taliban fighters entered "
        "Kunduz on Sunday, officials said.\n\nFighting went on at the airport."
    )
    published = infer_publication_date(clean(raw))
    assert published.value == date(2021, 8, 8)
    assert "a Sunday, a weekday the lead names" in published.reason


# ---- publication lines of copy-pasted pages --------------------------------------------

LEAD_SATURDAY = (
    "The Taliban on Saturday captured Sheberghan, the capital of the northern Jowzjan "
    "province, officials said."
)


def test_an_iso_timestamp_publication_line_dates_the_article():
    cleaned = clean(f"Issued on: 2021-08-23T09:31:00Z\n\n{LEAD_SATURDAY}")
    published = infer_publication_date(cleaned)
    assert (published.value, published.origin) == (date(2021, 8, 23), "inferred")


@pytest.mark.parametrize(
    ("stamp", "lead", "value"),
    [
        # 7 August 2021 was a Saturday, 8 July 2021 a Thursday.
        ("07.08.2021", LEAD_SATURDAY, date(2021, 8, 7)),
        ("07.08.2021", LEAD_SATURDAY.replace("Saturday", "Thursday"), date(2021, 7, 8)),
        ("07/08/2021", LEAD_SATURDAY, date(2021, 8, 7)),
    ],
)
def test_a_numeric_date_that_reads_both_ways_is_settled_by_the_weekday_the_lead_names(
    stamp, lead, value
):
    published = infer_publication_date(clean(f"Shadi Khan Saif | {stamp}\n\n{lead}"))
    assert published.value == value
    assert "a weekday the lead names" in published.reason


def test_a_numeric_date_that_reads_both_ways_without_a_weekday_stays_unknown():
    lead = LEAD_SATURDAY.replace(" on Saturday", "")
    published = infer_publication_date(clean(f"07.08.2021\n\n{lead}"))
    assert (published.value, published.origin) == (None, "unknown")


def test_an_upper_case_update_line_is_read():
    cleaned = clean(f"UPDATED ON AUG 15, 2021 12:41 AM IST\n\n{LEAD_SATURDAY}")
    assert infer_publication_date(cleaned).value == date(2021, 8, 15)


def test_the_print_edition_note_does_not_date_the_article():
    raw = (
        f"Aug. 15, 2021\n\n{LEAD_SATURDAY}\n\nA version of this article appears in print on "
        "Aug. 16, 2021, Section A, Page 1 of the New York edition with the headline: Kabul."
    )
    assert infer_publication_date(clean(raw)).value == date(2021, 8, 15)


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: 08:31 BST, 14 August 2021 | Updated: 10:02 BST, 14 August 2021",
        "Published 14 August 2021 Updated 15 August 2021",
        "Aug 14, 2021 / 09:31 AM / Updated 3 months ago",
        "2021/08/14",
        "Date: 14-08-2021",
        "2021-08-14T09:31:00Z",
    ],
)
def test_publication_lines_of_more_page_layouts(stamp):
    cleaned = clean(f"{stamp}\n\n{LEAD_SATURDAY}")
    assert cleaned.removed == [stamp]
    assert infer_publication_date(cleaned).value == date(2021, 8, 14)


def test_a_dateline_alone_on_its_line_dates_the_article():
    cleaned = clean(f"Kabul, Aug 14, 2021 (Xinhua)\n\n{LEAD_SATURDAY}")
    published = infer_publication_date(cleaned)
    assert published.value == date(2021, 8, 14)
    assert "dateline" in published.reason


def test_a_day_first_dateline_dates_the_article():
    cleaned = clean(f"KABUL, 3 August 2021 – {LEAD_SATURDAY}")
    assert infer_publication_date(cleaned).value == date(2021, 8, 3)
