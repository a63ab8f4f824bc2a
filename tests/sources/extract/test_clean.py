from datetime import date

import pytest

from sources.extract.clean import clean
from tests.sources.extract.text_files import SEEDS, cleaned_file, seed, text_article

# ---- seeds ------------------------------------------------------------------------------


def test_seed_header_is_read_and_stripped_from_the_glued_first_sentence():
    cleaned = cleaned_file(seed("000"))
    assert cleaned.header_date == date(2021, 7, 31)
    assert cleaned.text.startswith("Afghanistan's Foreign Affairs Ministry on July 31 denounced")
    assert cleaned.raw.startswith(" date 2021-07-31 Afghanistan's")
    assert "date 2021" not in cleaned.text


def test_seed_002_header_date():
    cleaned = cleaned_file(seed("002"))
    assert cleaned.header_date == date(2021, 8, 4)
    assert cleaned.text.startswith("UNITED NATIONS: The UN Assistance Mission")
    assert cleaned.removed == []


def test_seed_001_loses_photo_captions_credit_and_facebook_widget():
    cleaned = cleaned_file(seed("001"))
    assert cleaned.removed == [
        "A security guard stands in front of the United Nations building in Herat, "
        "Afghanistan on October 23, 2010.",
        "Chris Hondros | Getty Images",
        "A member of the Afghan security forces stands guard in an army vehicle at Bagram Air "
        "Force Base after American troops evacuated it on July 5, 2021 in Parwan province, "
        "Afghanistan.",
        "Facebook Facebook logo Sign up on Facebook to connect with Mohammad Ismail Reuter",
    ]
    assert cleaned.text.startswith("According to the UN Aid Mission in Afghanistan (UNAMA)")
    assert "October 23, 2010" not in cleaned.text
    assert cleaned.title == ""
    assert cleaned.header_date is None


def test_seed_004_loses_france24_promo_agency_tag_and_tweet_link_and_keeps_the_tweet():
    cleaned = cleaned_file(seed("004"))
    for line in (
        "With AFP",
        "The summary of the week",
        "France 24 invites you to come back to the news that marked the week",
        "I subscribe",
        "Take international news everywhere with you!",
        "Download the France 24 application",
        "google-play-badge_FR",
        "pic.twitter.com/YnkTE8QwYm",
    ):
        assert line in cleaned.removed
        assert line not in cleaned.text
    assert cleaned.outlet == "France 24"
    assert len(cleaned.tweets) == 1
    tweet = cleaned.tweets[0]
    assert (tweet.author, tweet.handle, tweet.posted_on) == (
        "Fawad Aman",
        "FawadAman2",
        date(2021, 8, 5),
    )
    assert "(@ FawadAman2)" not in cleaned.text
    # The tweet's own words are quoted material: they stay in the body.
    assert "#Terrorists have no way to flee from Lashkargah, they will be killed." in cleaned.text
    assert cleaned.text.endswith('to make "concessions" to reach a peaceful solution.')


def test_seed_003_headline_is_the_title_and_stays_in_the_body():
    cleaned = cleaned_file(seed("003"))
    title = "Afghan Chants Allah Akbar war cry for national resistance against Taliban"
    assert cleaned.title == title
    assert cleaned.text.startswith(title + "\n\n")
    # Subheadings are body text, not boilerplate.
    assert "\nUN Security Council condemns Taliban violence in Afghanistan\n" in cleaned.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_kept_paragraph_is_a_line_of_the_raw_text(path):
    cleaned = cleaned_file(path)
    raw_lines = {line.strip() for line in cleaned.raw.split("\n")}
    for paragraph in cleaned.text.split("\n"):
        if paragraph and paragraph not in raw_lines:
            # only the header's line, or a line that lost a whole token (tweet link)
            assert any(paragraph in line for line in raw_lines), paragraph
    assert "\n\n\n" not in cleaned.text
    assert all(line == line.strip() for line in cleaned.text.split("\n"))


# ---- other outlets (articles written for these tests) -------------------------------------


def test_afp_dateline_tag_caption_read_more_copyright_and_share_buttons_go():
    cleaned = text_article("afp_kunduz")
    assert cleaned.title == "Taliban take Kunduz as Afghan forces retreat to airport"
    assert cleaned.outlet == "AFP"
    assert "KUNDUZ - The Taliban captured most of Kunduz on Sunday" in cleaned.text
    assert "(AFP Photo/Stringer)" not in cleaned.text
    assert "Afghan soldiers stand guard along a road" not in cleaned.text
    assert "Read more:" not in cleaned.text
    assert "Share on" not in cleaned.text and "© AFP" not in cleaned.text
    assert "told AFP, adding that government forces had pulled back" in cleaned.text


def test_reuters_dateline_reporting_credits_and_trust_principles_go():
    cleaned = text_article("reuters_zaranj")
    assert cleaned.outlet == "Reuters"
    assert cleaned.text.startswith("KABUL, Aug 6 - Taliban insurgents took control of Zaranj")
    assert "Reporting by" not in cleaned.text
    assert "Trust Principles" not in cleaned.text
    assert cleaned.text.endswith("40 civilians were killed in a single day earlier this week.")
    assert cleaned.title == ""


def test_al_jazeera_publication_line_bracketed_credit_and_source_line_go():
    cleaned = text_article("aljazeera_kandahar")
    assert cleaned.outlet == "Al Jazeera"
    assert cleaned.title == "Rockets hit Kandahar airport as Taliban press offensive"
    assert "Published On 1 Aug 2021" in cleaned.removed
    assert "[File: Javed Tanveer/AFP]" not in cleaned.text
    assert "SOURCE:" not in cleaned.text
    assert "late on Saturday, officials said" in cleaned.text


def test_tolonews_url_line_gives_url_and_outlet_and_app_promo_goes():
    cleaned = text_article("tolonews_ghazni")
    assert cleaned.header_date == date(2021, 8, 5)
    assert cleaned.title == "Heavy Clashes Continue on Outskirts of Ghazni City"
    assert cleaned.url == "https://tolonews.com/afghanistan-173952"
    assert cleaned.outlet == "TOLOnews"
    assert "Download TOLOnews App" not in cleaned.text
    assert "Read more:" not in cleaned.text
    assert cleaned.text.endswith("dozens of families have fled to Kabul in recent days.")


def test_khaama_byline_photo_token_also_read_and_follow_promo_go():
    cleaned = text_article("khaama_mazar")
    assert cleaned.outlet == "Khaama Press"
    assert "(Photo: Khaama Press)" in cleaned.removed
    assert "local officials said on Tuesday.\n" in cleaned.text
    assert "By Khaama Press" not in cleaned.text
    assert "Also read" not in cleaned.text and "Follow Khaama" not in cleaned.text


def test_pajhwok_update_line_share_bar_and_dateline_tag_go():
    cleaned = text_article("pajhwok_sheberghan")
    assert cleaned.outlet == "Pajhwok Afghan News"
    assert cleaned.text.startswith("SHEBERGHAN: Taliban militants captured Sheberghan")
    assert "Twitter Facebook WhatsApp Email" in cleaned.removed
    assert "Last updated" not in cleaned.text


def test_ap_photo_caption_separator_contributor_line_and_coverage_link_go():
    cleaned = text_article("ap_lashkargah")
    assert cleaned.outlet == "AP"
    assert cleaned.text.startswith("KABUL, Afghanistan — Afghan forces battled the Taliban")
    assert "AP Photo" not in cleaned.text and "___" not in cleaned.text
    assert "contributed to this report" not in cleaned.text
    assert "apnews.com" not in cleaned.text
    assert cleaned.url == ""  # a promotion's link is not the article's address


def test_bbc_image_lines_publication_date_and_topic_list_go():
    cleaned = text_article("bbc_herat")
    assert cleaned.title == "Afghanistan: Taliban take Herat as offensive sweeps west"
    assert "Image caption" not in cleaned.text and "Image source" not in cleaned.text
    assert "13 August 2021" in cleaned.removed
    assert cleaned.text.endswith("south-west of the capital Kabul.")


# ---- line rules on small passages ---------------------------------------------------------

BODY = "Taliban fighters entered the city on Friday, officials said."


@pytest.mark.parametrize(
    "line",
    [
        "Wakil Kohsar/AFP via Getty Images",
        "AFP via Getty Images",
        "Photo: Reuters",
        "REUTERS/Stringer",
        "© AFP",
        "File photo: Afghan commandos in Kandahar",
        "Image caption, Displaced families in Kabul",
        "Share on Twitter",
        "Follow us on Telegram",
        "Sign up for our newsletter",
        "Read more: Taliban take Sheberghan",
        "Also read: Ghani visits Mazar-i-Sharif",
        "With AFP",
        "— Reuters",
        "(AFP)",
        "Reuters contributed to this report.",
        "Advertisement",
        "By Lynne O'Donnell",
        "Published On 5 Aug 2021",
        "Updated: Aug 5, 2021 14:32 IST",
        "Thursday 5 August 2021",
        "By Lynne O'Donnell, Foreign Policy",
        "Share on WhatsApp",
        "Reporting by Orooj Hakimi; Editing by Gareth Jones",
        "Tags: Afghanistan, Taliban, Kunduz",
        "Subscribe to our YouTube channel",
        "Twitter Facebook WhatsApp Email",
        "____",
        "https://www.khaama.com/taliban-seize-kunduz-8877/",
    ],
)
def test_boilerplate_line_is_removed(line):
    cleaned = clean(f"{BODY}\n\n{line}\n\nThe governor fled to the airport.")
    assert line not in cleaned.text
    assert cleaned.text == f"{BODY}\n\nThe governor fled to the airport."
    assert line in cleaned.removed


@pytest.mark.parametrize(
    "line",
    [
        "A humanitarian crisis",
        "Summary executions according to Human Rights Watch",
        '"We will defend the city," the governor told Reuters.',
        "The Taliban said they had taken the city.",
        "#Terrorists have no way to flee from Lashkargah, they will be killed.",
        "The deal signed in Doha in February 2020 provides for the withdrawal of US troops.",
        "The two sides share the same goal",
        "Supporters follow him on Twitter",
        "Reporting from Kabul remains dangerous for journalists.",
        "Writing in the Washington Post, analyst Ali Khan said the army was collapsing.",
        "By Sunday, the Taliban controlled Kunduz.",
        "By August 31, all foreign troops will leave.",
        "Picture-perfect weather greeted the delegates",
        "Taliban fighters patrol the streets of Kunduz, which fell on August 8, 2021.",
        "If you cannot control your fighters now, you have no business in governance later.",
    ],
)
def test_body_line_is_kept(line):
    cleaned = clean(f"{BODY}\n\n{line}\n\nThe governor fled to the airport.")
    assert line in cleaned.text.split("\n")
    assert cleaned.removed == []


def test_tweet_signature_glued_to_the_tweet_text_is_cut_off():
    raw = (
        f"{BODY}\n\nOur forces retook the district. pic.twitter.com/abc123— Ministry of "
        "Defense (@MoDAfghanistan) July 28, 2021\n\nFighting continued."
    )
    cleaned = clean(raw)
    assert "Our forces retook the district.\n" in cleaned.text
    assert cleaned.tweets[0].handle == "MoDAfghanistan"
    assert cleaned.tweets[0].author == "Ministry of Defense"
    assert cleaned.tweets[0].posted_on == date(2021, 7, 28)


def test_blank_line_runs_collapse_and_trailing_spaces_go():
    cleaned = clean(f"{BODY}   \n\n\n\n\nSecond paragraph.\u00a0\n \n")
    assert cleaned.text == f"{BODY}\n\nSecond paragraph."


def test_a_source_line_names_the_outlet():
    cleaned = clean(f"{BODY}\n\nSource: Khaama Press")
    assert cleaned.outlet == "Khaama Press"
    assert cleaned.text == BODY


def test_a_long_first_paragraph_is_not_a_title():
    assert clean(BODY + "\n\nMore.").title == ""


def test_no_header_means_no_header_date():
    cleaned = clean("Date of the attack remains unclear.\n\nMore.")
    assert cleaned.header_date is None
    assert cleaned.text.startswith("Date of the attack")


def test_cnn_glued_dateline_byline_update_line_and_paid_content_go():
    cleaned = text_article("cnn_kabul")
    assert cleaned.outlet == "CNN"
    assert "\nKabul The Taliban have claimed responsibility" in cleaned.text
    assert "Updated 0932 GMT (1732 HKT) August 7, 2021" in cleaned.removed
    assert "By Ehsan Popalzai" not in cleaned.text and "Paid Content" not in cleaned.text


def test_guardian_photograph_caption_timestamp_and_topic_list_go_standfirst_stays():
    cleaned = text_article("guardian_lashkargah")
    assert "Photograph:" not in cleaned.text
    assert "Mon 2 Aug 2021 17.32 BST" in cleaned.removed
    assert "South and central Asia" not in cleaned.text
    assert "Residents describe bodies in the streets" in cleaned.text
    assert cleaned.text.endswith("he said in a video message.")


def test_xinhua_and_ani_datelines_lose_their_agency_tags():
    xinhua = text_article("xinhua_ghazni")
    assert xinhua.outlet == "Xinhua"
    assert xinhua.text.startswith("KABUL, Aug. 10 -- A total of 23 Taliban militants")
    ani = text_article("ani_mazar")
    assert ani.outlet == "ANI"
    assert ani.text.startswith("Mazar-i-Sharif [Afghanistan], August 12: Taliban fighters")
    assert "Also Read" not in ani.text and not ani.text.endswith("(ANI)")


def test_zero_width_spaces_are_dropped():
    assert clean("Kunduz\u200b fell on Sunday.").text == "Kunduz fell on Sunday."


def test_html_is_turned_into_lines_without_scripts_captions_or_entities():
    raw = (
        "<html><head><title>Taliban take Kunduz</title><script>var x=1;</script></head><body>"
        '<h1>Taliban take Kunduz</h1><figure><img src="a.jpg"><figcaption>Afghan soldiers in '
        "Kunduz. Photo: AFP</figcaption></figure>\n<p>The Taliban captured Kunduz on Sunday, "
        "officials said.</p><p>&ldquo;The city has fallen,&rdquo; a council member told AFP "
        "&amp; Reuters.</p></body></html>"
    )
    cleaned = clean(raw)
    assert cleaned.title == "Taliban take Kunduz"
    assert cleaned.text == (
        "Taliban take Kunduz\n\nThe Taliban captured Kunduz on Sunday, officials said.\n\n"
        "“The city has fallen,” a council member told AFP & Reuters."
    )


def test_plain_text_with_an_ampersand_or_angle_bracket_is_left_alone():
    raw = "AT&T and 5 < 7 are not markup.\n\nThe <Taliban> quote stays."
    assert clean(raw).text == raw
