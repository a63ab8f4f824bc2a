"""Page chrome of careless copy-pastes: what clean() drops around and inside the article.

The raw4_* articles are pages saved with their chrome (section names, taglines, related
headlines, cookie banners, copyright and correction notices)."""

import pytest

from sources.extract.clean import clean
from tests.sources.extract.text_files import ARTICLES, cleaned_file

LEAD = (
    "The Taliban captured the northern city of Kunduz on Sunday, officials said, after days "
    "of fighting on its outskirts."
)


def _raw4(name: str):
    return cleaned_file(ARTICLES / f"raw4_{name}.txt")


def test_page_header_above_the_first_paragraph_goes_and_the_headline_stays():
    cleaned = _raw4("reuters_kunduz_sarepul")
    for line in (
        "Skip to main content",
        "Exclusive news, data and analytics for financial market professionals",
        "Asia Pacific",
        "4 minute read",
    ):
        assert line in cleaned.removed
    assert (
        cleaned.title
        == "Taliban capture Kunduz, Sar-i-Pul and Taloqan in sweeping northern advance"
    )
    assert cleaned.text.startswith(cleaned.title + "\n")


def test_breadcrumbs_outlet_name_and_a_lone_dateline_above_the_lead_go():
    cleaned = _raw4("8am_mazar_maimana")
    for line in ("Home", "Afghanistan", "Hasht-e Subh", "14/08/2021", "Telegram"):
        assert line in cleaned.removed
    assert "KABUL, Afghanistan" in _raw4("anadolu_sheberghan").removed


def test_a_short_headline_alone_above_the_lead_is_kept():
    cleaned = clean(f"Kunduz falls\n\n{LEAD}")
    assert cleaned.title == "Kunduz falls"
    assert cleaned.removed == []


def test_a_sentence_case_headline_without_names_is_not_taken_for_a_tagline():
    cleaned = clean(f"Fighting spreads across the north\n\n{LEAD}")
    assert cleaned.title == "Fighting spreads across the north"


def test_headlines_listed_under_read_more_go_until_the_next_paragraph():
    cleaned = _raw4("aljazeera_herat_qalaenaw")
    for line in (
        "Read more",
        "Mapping the advance of the Taliban in Afghanistan",
        "Taliban capture Afghan border town with Iran",
    ):
        assert line in cleaned.removed
    assert "The Taliban took the Islam Qala border crossing with Iran early last month" in (
        cleaned.text
    )


def test_a_subheading_after_a_paragraph_is_not_a_related_headline():
    raw = f"Read more: Taliban take Zaranj\n\n{LEAD}\n\nA city under siege\n\n{LEAD}"
    assert "\nA city under siege\n" in clean(raw).text


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2021 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission.",
        "All rights reserved © 2021",
        "We and our partners process data to provide and improve our content, deliver "
        "personalised ads and analyse our traffic. You can change your cookie settings at any "
        "time.",
        "Accept cookies",
        "This article was amended on 13 August 2021 to correct the name of the Helmand council "
        "member.",
        "This story has been updated with the interior ministry's denial.",
        "Updated 10:32 GMT",
        "Advertisement · Scroll to continue",
        "Report ad",
        "Peter Beaumont and agencies",
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please "
        "contact us for subscription options.",
        "Shadi Khan Saif   |07.08.2021",
        "Issued on: 2021-08-23T09:31:00Z",
        "Modified: 2021-08-23T11:05:00Z",
    ],
)
def test_notices_stamps_and_bylines_are_dropped(line):
    cleaned = clean(f"{LEAD}\n\n{line}\n\n{LEAD}")
    assert cleaned.removed == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The story has been told many times by residents who fled the city, a teacher said.",
        "The Taliban said the cookies and sweets distributed at the checkpoint were a gift.",
        "Officials said the newsletter of the provincial council was no longer published.",
    ],
)
def test_body_sentences_with_notice_words_stay(line):
    assert clean(f"{LEAD}\n\n{line}").removed == []


def test_follow_us_does_not_name_an_outlet():
    assert _raw4("8am_mazar_maimana").outlet == ""
    assert _raw4("trt_spinboldak_tweets").outlet == ""


def test_copyright_line_names_the_outlet():
    assert _raw4("ap_pulekhumri").outlet == "AP"


def test_dateline_tag_after_a_country_in_brackets_is_cut_and_the_outlet_kept():
    cleaned = _raw4("afp_panjshir_andarab")
    assert "(AFP)" in cleaned.removed
    assert "\nCharikar (Afghanistan) – Anti-Taliban fighters have recaptured" in cleaned.text
    assert cleaned.outlet == "AFP"


@pytest.mark.parametrize(
    "line",
    [
        "Supported by",
        "SKIP ADVERTISEMENT",
        "Share full article",
        "Like this:",
        "Like Loading...",
        "📷 Photo: social media",
        "For more news follow Khaama Press on Twitter and Facebook.",
        "Najim Rahim contributed reporting from Houston.",
        "(With inputs from agencies)",
        "Get Latest World News along with Latest News and Top Headlines from India and around "
        "the world.",
        "A version of this article appears in print on Aug. 16, 2021, Section A, Page 1 of the "
        "New York edition with the headline: Taliban Reach Kabul’s Edge.",
        "Order Reprints | Today’s Paper | Subscribe",
        "Home / World News / Taliban enter Mazar-e-Sharif; Atta Noor, Dostum flee to Uzbekistan",
        "Taliban fighters in Jalalabad on Sunday, in a photo distributed by the group.Credit..."
        "Taliban handout, via Associated Press",
    ],
)
def test_more_page_furniture_is_dropped(line):
    assert clean(f"{LEAD}\n\n{line}\n\n{LEAD}").removed == [line]


def test_a_caption_announced_on_the_line_above_goes_with_its_announcement():
    cleaned = cleaned_file(ARTICLES / "raw4_holdout_bbc_ghazni.txt")
    assert "Image caption," in cleaned.removed
    assert "Taliban fighters in the streets of Ghazni city on Thursday" in cleaned.removed
    assert cleaned.title == "Afghanistan: Taliban take Ghazni, tightening grip near Kabul"


def test_a_headline_between_chrome_lines_and_above_a_masthead_is_kept():
    cleaned = cleaned_file(ARTICLES / "raw4_holdout_khaama_badakhshan.txt")
    assert cleaned.title == "Taliban capture Faizabad, capital of Badakhshan province"
    assert cleaned.outlet == "Khaama Press"


def test_a_line_that_only_names_a_known_outlet_is_the_masthead():
    cleaned = clean(f"Khaama Press\n\nTaliban capture Faizabad\n\n{LEAD}")
    assert cleaned.removed == ["Khaama Press"]
    assert cleaned.outlet == "Khaama Press"


def test_a_body_line_with_pipes_that_is_a_sentence_stays():
    line = "Residents said the road was closed | the market shut | the schools empty."
    assert clean(f"{LEAD}\n\n{line}").removed == []


def test_a_lead_opening_on_an_agency_tag_loses_the_tag_and_its_dash():
    cleaned = clean(f"(CNN) — {LEAD}")
    assert cleaned.text == LEAD
    assert (cleaned.removed, cleaned.outlet) == (["(CNN)"], "CNN")


def test_a_byline_that_names_a_known_outlet_gives_the_outlet():
    cleaned = clean(f"By Khaama Press\n\n{LEAD}")
    assert (cleaned.removed, cleaned.outlet) == (["By Khaama Press"], "Khaama Press")


@pytest.mark.parametrize(
    "line",
    [
        "Story continues below advertisement",
        "0 Comments",
        "Leave a comment",
        "Print this page",
        "Email this article",
        "Live updates",
        "Reading time: 3 minutes",
        "Powered by WordPress",
        "Next article",
        "toggle caption",
        "Wakil Kohsar/AFP via Getty Images hide caption",
        "Enlarge this image",
        "This article was originally published on The Conversation.",
    ],
)
def test_widgets_between_paragraphs_are_dropped(line):
    assert clean(f"{LEAD}\n\n{line}\n\n{LEAD}").removed == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Next, the Taliban moved on Mazar.",
        "Search operations continued in the district, officials said.",
        "Live fire was heard in the city.",
    ],
)
def test_sentences_that_start_like_widgets_stay(line):
    assert clean(f"{LEAD}\n\n{line}\n\n{LEAD}").removed == []


@pytest.mark.parametrize(
    "line",
    [
        "Enditem",
        "Author Jane Doe (AFP, Reuters, dpa)",
        "Keywords Afghanistan, Taliban, Herat, Kandahar, Ismail Khan",
        "Related Subjects Afghanistan, Taliban",
        "Send Facebook Twitter Reddit Print Permalink https://p.dw.com/p/3yxK2",
    ],
)
def test_wire_and_broadcaster_furniture_is_dropped(line):
    assert clean(f"{LEAD}\n\n{line}\n\n{LEAD}").removed == [line]


def test_the_source_line_names_the_outlet_up_to_its_bar():
    cleaned = clean(f"Source: Xinhua| 2021-08-14 19:51:31|Editor: huaxia\n\n{LEAD}")
    assert cleaned.outlet == "Xinhua"


def test_a_permalink_in_the_share_bar_names_the_outlet():
    assert cleaned_file(ARTICLES / "raw4_holdout2_dw_herat.txt").outlet == "DW"


def test_a_recommended_headline_and_its_teaser_at_the_end_go():
    raw = (
        f"{LEAD}\n\nDW RECOMMENDS\n\nGermany to evacuate Afghan staff\n\n"
        "Germany will fly local staff who worked for the German army out of Afghanistan."
    )
    assert clean(raw).text == LEAD


def test_a_paragraph_after_related_headlines_stays():
    raw = f"Read more:\n\nTaliban take Zaranj\n\n{LEAD}\n\n{LEAD}"
    assert clean(raw).removed == ["Read more:", "Taliban take Zaranj"]


def test_a_name_alone_next_to_the_date_line_is_the_byline():
    cleaned = cleaned_file(ARTICLES / "raw4_holdout2_tolo_mazar_fighting.txt")
    assert "Hasib Rahimi" in cleaned.removed
    assert cleaned.title == "Clashes Continue in Balkh's Dawlatabad, Chimtal Districts"
    assert cleaned.outlet == "TOLOnews"


def test_a_short_headline_above_its_standfirst_is_kept_and_a_section_name_goes():
    cleaned = clean(f"Asia\nKunduz falls\nThe city is lost.\n\n{LEAD}")
    assert cleaned.title == "Kunduz falls"
    assert cleaned.removed == ["Asia"]
