"""What is not article body: the line patterns `clean.clean()` removes, and outlet names.

Patterns describe kinds of lines (photo credits, share widgets, app promotions, agency tags),
not the lines of particular articles. Every pattern is matched against one stripped line.
"""

import re

# Canonical spelling of outlets and agencies, by lower-cased variant.
OUTLETS: dict[str, str] = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "al jazeera": "Al Jazeera",
    "aljazeera": "Al Jazeera",
    "al jazeera english": "Al Jazeera",
    "bbc": "BBC",
    "bbc news": "BBC",
    "france 24": "France 24",
    "france24": "France 24",
    "tolonews": "TOLOnews",
    "tolo news": "TOLOnews",
    "khaama press": "Khaama Press",
    "khaama": "Khaama Press",
    "the khaama press news agency": "Khaama Press",
    "khaama press news agency": "Khaama Press",
    "pajhwok": "Pajhwok Afghan News",
    "pajhwok afghan news": "Pajhwok Afghan News",
    "ariana news": "Ariana News",
    "cnbc": "CNBC",
    "cnn": "CNN",
    "the guardian": "The Guardian",
    "guardian": "The Guardian",
    "the new york times": "The New York Times",
    "new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "washington post": "The Washington Post",
    "voa": "VOA",
    "voice of america": "VOA",
    "rfe/rl": "RFE/RL",
    "radio free europe/radio liberty": "RFE/RL",
    "dawn": "Dawn",
    "anadolu agency": "Anadolu Agency",
    "xinhua": "Xinhua",
    "ani": "ANI",
    "wion": "WION",
    "arab news": "Arab News",
    "dw": "DW",
    "deutsche welle": "DW",
    "sky news": "Sky News",
    "nbc news": "NBC News",
    "abc news": "ABC News",
    "npr": "NPR",
    "the independent": "The Independent",
    "hindustan times": "Hindustan Times",
    "the times of india": "The Times of India",
    "times of india": "The Times of India",
    "un news": "UN News",
    "euronews": "Euronews",
}

DOMAINS: dict[str, str] = {
    "afp.com": "AFP",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "aljazeera.com": "Al Jazeera",
    "aljazeera.net": "Al Jazeera",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "france24.com": "France 24",
    "tolonews.com": "TOLOnews",
    "khaama.com": "Khaama Press",
    "pajhwok.com": "Pajhwok Afghan News",
    "ariananews.af": "Ariana News",
    "cnbc.com": "CNBC",
    "cnn.com": "CNN",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "voanews.com": "VOA",
    "rferl.org": "RFE/RL",
    "dawn.com": "Dawn",
    "aa.com.tr": "Anadolu Agency",
    "news.un.org": "UN News",
    "dw.com": "DW",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "hindustantimes.com": "Hindustan Times",
    "arabnews.com": "Arab News",
    "wionews.com": "WION",
    "aninews.in": "ANI",
    "independent.co.uk": "The Independent",
    "euronews.com": "Euronews",
}

# Wire services and photo agencies, as they appear in credits and datelines.
_AGENCY = (
    r"(?:AFP|Agence France[- ]Presse|Reuters|REUTERS|AP|Associated Press|EPA(?:-EFE)?|EFE|"
    r"Xinhua|Anadolu(?: Agency)?|ANI|IANS|PTI|Pajhwok|Sputnik|DPA|dpa|UPI|Bakhtar|CNN|"
    r"(?:news )?agencies|Agencies)"
)
_PHOTO_SOURCE = (
    r"(?:Getty Images|AFP|Reuters|REUTERS|AP(?: Photo)?|EPA(?:-EFE)?|EFE|Shutterstock|"
    r"Anadolu(?: Agency)?|Xinhua|Sputnik|NurPhoto|SOPA Images|Bloomberg|Pool|File|"
    r"TOLOnews|Khaama Press|Pajhwok|Social media|Handout|Supplied|Twitter|Facebook)"
)
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?:(?-i:[A-Z])[\w.'’-]*|de|van|al|el|bin))*"

# A line that only credits a photo: "Chris Hondros | Getty Images", "REUTERS/Stringer".
PHOTO_CREDIT = re.compile(
    r"^(?:©|\(c\)|Copyright)?\s*(?:"
    r"(?:photo|image|picture|photograph|pic|video|file photo)(?:\s+credits?)?\s*[:/|]\s*\S.{0,80}"
    rf"|(?:{_NAME}\s*(?:[|/,]|\bvia\b|\bfor\b)\s*)*{_PHOTO_SOURCE}"
    rf"(?:\s*(?:[|/,]|\bvia\b)\s*(?:{_NAME}|{_PHOTO_SOURCE}))*(?:\s*/\s*File(?:\s+Photo)?)?"
    r"|REUTERS/.{1,60}"
    r"|©\s*.{1,60}"
    r")\s*$",
    re.IGNORECASE,
)
# A credit at the end of a caption line: "... in Kabul. (AP Photo/Rahmat Gul)",
# "... [File: Rahmat Gul/AP]", "... Photograph: Stringer/Reuters", "... REUTERS/Stringer".
INLINE_PHOTO_CREDIT = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Xinhua|Anadolu)?\s*Photo(?:graph)?\b[^)]{0,80}\)"
    r"|\[\s*(?:File(?: photo)?\s*:|Photo\s*:)?[^\]]{0,80}/[^\]]{0,40}\]"
    r"|\[\s*File(?: photo)?\s*:[^\]]{0,80}\]"
    r"|\bPhotograph:\s*[^.]{1,80}"
    r"|\bCredit\s*(?:\.{2,}|…|:)\s*[^.]{1,80}"
    r"|\(Photo(?: credit)?:[^)]{1,80}\)"
    r"|\bREUTERS/[A-Z][\w .-]{1,60}(?:/File(?: Photo)?)?)\s*$"
)
# A caption announced as such (BBC, Reuters file photos).
CAPTION_PREFIX = re.compile(
    r"^(?:image caption|media caption|photo caption|caption|image source|image copyright|"
    r"file photo|file image|file picture|in pictures)\b\s*[,:.-]?",
    re.IGNORECASE,
)
# Present-tense verbs of photo descriptions; with a full dated year they make a caption.
CAPTION_VERB = re.compile(
    r"\b(?:stands?|sits?|walks?|gathers?|patrols?|rides?|holds?|carr(?:y|ies)|waits?|"
    r"arrives?|looks? on|inspects?|attends?|takes? part|prays?|mourns?|searches|guards?|"
    r"(?:is|are) (?:seen|pictured|shown)|pictured|poses?|queues?|crowds?|flashes|"
    r"(?:is|are) (?:standing|sitting|walking|gathering|waiting|patrolling|holding|riding))\b"
)

_NETWORK = (
    r"(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Email|E-mail|Mail|Telegram|Reddit|Pinterest|"
    r"Messenger|Instagram|YouTube|Print|Copy link|Copy|Share|Tweet|Flipboard|SMS|Send|"
    r"Permalink)"
)
SOCIAL = re.compile(
    rf"^(?:{_NETWORK}(?:\s*[|,·•/]?\s*{_NETWORK})*(?:\s+https?://\S+)?"
    r"|(?:for (?:more|the latest)\b[\w ]{0,30}?,?\s+)?(?:please )?"
    r"(?:share (?:this|on|via)|follow (?:us|@\w+|\w+(?: \w+)? on "
    r"(?:twitter|facebook|instagram|telegram|youtube))|share (?:article|story))\b.{0,80}"
    r"|.{0,60}\b(?:sign up on (?:facebook|twitter)|like us on facebook|join us on|"
    r"click (?:here )?to share)\b.{0,80})$",
    re.IGNORECASE,
)
SOCIAL_LOGO = re.compile(r"^(Facebook|Twitter|Instagram|YouTube|LinkedIn)\s+\1\s+logo\b", re.I)

PROMO_LEAD = re.compile(
    r"^(?:read more|also read|read also|related(?: stories| articles| topics| content| news)?|"
    r"see also|recommended(?: stories)?|(?:\w+ )?recommends|more from \w+|more on this story|"
    r"watch|listen|"
    r"trending|most (?:read|viewed|popular|shared)|read next|up next|top stories|"
    r"you (?:may|might) (?:also )?be interested in|see more on|more about|"
    r"editor'?s picks?|you may also like|you might also like|"
    r"tags|topics|filed under|categories|video|photos|gallery|"
    r"explore more on (?:these|this) (?:topics?|stories)|more on (?:these|this) (?:topics?|story)|"
    r"more stories|latest news|don't miss|explore more)\s*(?:[:|»>-]|$)",
    re.IGNORECASE,
)
PROMO_TERM = re.compile(
    r"\b(?:subscribe|subscription|newsletters?|download|app store|google play|play store|"
    r"application|sign up|sign in|log in|register|notifications?|inbox|unsubscribe|cookies?|"
    r"advertisement|advertising|sponsored|all rights reserved|privacy policy|terms of use|"
    r"badge|invites? you|with you|for you|your email|channel)\b",
    re.IGNORECASE,
)
PROMO_START = re.compile(
    r"^(?:download|subscribe|sign up|get|follow|join|take|click|tap|register|install|"
    r"i subscribe|stay informed|never miss|receive)\b",
    re.IGNORECASE,
)
JUNK_LINE = re.compile(
    r"^(?:(?:advertisement|ad)(?:\s*[·•|-]\s*scroll to continue(?: reading)?)?|"
    r"scroll to continue(?: reading)?|report (?:this )?ad|sponsored|share|comments?|print|"
    r"email|menu|loading\.*|close|live|home|click to copy|copy link|reuse this content|"
    r"supported by|share full article|end ?item|\(end\)|-+ ?end ?-+|"
    r"(?:gift|give|save) (?:this )?article|like this:?|"
    r"like loading\.*|get (?:the )?latest\b.{0,120}\bnews\b.{0,120}|"
    r"trending(?: now)?|continue reading(?: below)?|story continues below(?: advertisement)?|"
    r"scroll (?:down )?to continue(?: reading)?|\d+ comments?|leave a (?:comment|reply)|"
    r"print (?:this )?(?:page|article|story)|email this (?:article|story|page)|link copied|"
    r"live(?: updates| blog)?|reading time:?.{0,20}|log ?in|sign in|search|accept|"
    r"powered by .{1,40}|(?:next|prev|previous)(?: (?:article|story|post))?|"
    r"(?:show|hide|view) (?:comments|caption)|toggle caption|click to (?:expand|enlarge)|"
    r"enlarge this image|.{1,100}\b(?:hide|toggle) caption|"
    r"\d{1,2}[ -]min(?:ute)?s? read|accept (?:all )?cookies|(?:manage )?cookie settings|"
    r"skip (?:advert(?:isement)?|ad|to (?:main )?(?:content|navigation))|listen to this article|"
    r"continue reading(?: the main story)?|"
    r"show more|read the full story|back to top|published|updated|paid content|"
    r"sponsored content|partner content|promoted(?: stories)?|a post shared by .{1,80}|"
    r"follow\b.{0,80}\bhttps?://\S+|our standards:.*|\[?embed\]?|\w+[-_]badge[-_]\w*|.*badge_\w+)$",
    re.IGNORECASE,
)
# Names an outlet in a promotion or copyright: "Download the France 24 application".
PROMO_OUTLET = (
    re.compile(r"\bdownload the (?P<o>[A-Z][\w’' ]{1,30}?) app(?:lication)?\b"),
    re.compile(r"^(?P<o>[A-Z][\w’' ]{1,30}?) invites you\b"),
    re.compile(r"\bsubscribe to (?:the )?(?P<o>[A-Z][\w’' ]{1,30}?)(?:'s|’s)? newsletter", re.I),
    re.compile(
        r"\bfollow (?!us\b)(?P<o>[A-Z][\w’' ]{1,30}?) on (?:twitter|facebook|telegram)", re.I
    ),
    re.compile(
        r"^(?:©|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?P<o>[A-Z][\w’'. ]{1,40}?)[.,]?"
        r"(?:\s+all rights reserved.*)?$",
        re.I,
    ),
    re.compile(r"^our standards: the (?P<o>thomson reuters) trust principles", re.I),
)

AGENCY_LINE = re.compile(
    rf"^(?:with|[-—–]{{1,2}}|\(|source\s*:)?\s*{_AGENCY}"
    rf"(?:\s*(?:and|,|/|&)\s*{_AGENCY})*\s*\)?\s*\.?$",
    re.IGNORECASE,
)
# A dateline's agency tag: "KABUL (AFP) - ", "KUNDUZ CITY (Pajhwok): ".
# A lead that opens on the tag alone ("(CNN) — In a district ...") has no place.
DATELINE_AGENCY = re.compile(
    rf"^(?P<place>(?:[A-Z][A-Za-z0-9 .,'’\[\]-]{{0,60}}?(?:\s*\([A-Z][A-Za-z .'’-]{{1,30}}\))?)?)"
    rf"\s*\((?P<a>{_AGENCY})\)"
)
# A trailing agency tag on a paragraph: "... the ministry said. — Reuters"
TRAILING_AGENCY = re.compile(rf"(?<=[.!?\"”])\s+[-—–]{{1,2}}\s*{_AGENCY}\s*$")
# "Source: Xinhua| 2021-08-14 19:51:31|Editor: huaxia": the source ends at the bar.
SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<s>[^|]+?)\s*(?:\|.*)?$", re.IGNORECASE)
CREDIT_LINE = re.compile(
    r"^\(?(?:(?:additional )?reporting|writing|editing|compiled|edited|written|produced|"
    r"translated) by\b.{0,200}$"
    r"|^.{0,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$"
    r"|^.{0,80}\bcontributed (?:reporting|research)\b.{0,80}$"
    r"|^\(?with (?:inputs?|reporting) from\b.{0,80}\)?\.?$"
    r"|^(?:associated press|ap|afp|reuters) (?:writers?|reporters?|correspondents?)\b.{0,160}"
    r"contributed\b.*$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    rf"^By\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    r"(?:\s*[,|–—-]\s*(?P<o>[A-Z][\w’'.]*(?: [A-Z][\w’'.]*){0,4}))?(?<!\.)\s*$"
    # "Peter Beaumont and agencies": a byline without "By" says it shares the wires' copy.
    rf"|^{_NAME}(?:\s*,\s*{_NAME})*\s+(?:and|with|&)\s+(?:news\s+)?agencies\s*$"
    # "Author Jane Doe (AFP, Reuters, dpa)": the author and the wires the story draws on.
    rf"|^(?:By|Author:?)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    rf"\s*\(\s*{_AGENCY}(?:\s*(?:,|and|&)\s*{_AGENCY})*\s*\)\s*$"
)
# Keyword and subject lists: "Keywords Afghanistan, Taliban, Herat", "Related Subjects ...".
TAG_LINE = re.compile(
    r"^(?:keywords|tags|topics|related subjects|related topics|filed under|categories)\b:?"
    r"\s+[^.!?]{1,200}$",
    re.IGNORECASE,
)
URL_LINE = re.compile(
    r"^(?:(?:url|link|source|original(?: article)?)\s*:\s*)?(?P<url>https?://\S+|www\.\S+)$",
    re.IGNORECASE,
)
SEPARATOR = re.compile(r"^[_\-=*~•·#]{3,}$")
TWEET_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)")
# An embedded tweet's signature: "— Fawad Aman (@ FawadAman2) August 5, 2021".
TWEET_SIGNATURE = re.compile(
    r"(?:^|(?<=[\s.!?\"”…]))[-—–]{1,2}\s*(?P<author>(?:[^()\n]|\([^()\n]{0,40}\)){1,80}?)\s*"
    r"\(\s*@\s*(?P<handle>\w{1,30})\s*\)\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})\s*$"
)
# Copyright and rights notices: "Copyright 2021 The Associated Press. All rights reserved. This
# material may not be published...", "All rights reserved © 2021".
COPYRIGHT_LINE = re.compile(
    r"^(?:©|\(c\)|copyright\b).{0,300}$|^.{0,200}\ball rights reserved\b.{0,200}$", re.I
)
# Cookie consent banners, in any wording that names cookies and what to do about them.
COOKIE_NOTICE = re.compile(
    r"\bcookies?\b.{0,200}\b(?:accept|agree|settings|policy|consent|preferences|browsing|"
    r"continuing to (?:browse|use)|personalised ads|personalized ads)\b"
    r"|\b(?:accept|agree|settings|policy|consent|preferences|we and our partners)\b.{0,200}"
    r"\bcookies?\b",
    re.I,
)
# The outlet's note on a change: "This article was amended on 13 August 2021 to correct ...",
# "This story has been updated with ...", "Correction: ...".
EDITORIAL_NOTE = re.compile(
    r"^(?:\*\s*)?(?:this (?:article|story|report|piece|post|copy) "
    r"(?:was|has been|had been|is being) "
    r"(?:amended|updated|corrected|changed|edited|refreshed|revised)\b"
    r"|(?:correction|clarification|editor'?s note|update)\s*(?:\(\w[^)]{0,40}\))?\s*:"
    r"|a version of this (?:article|story) appear(?:s|ed) in print\b"
    r"|this (?:article|story|report|piece) (?:was|is) (?:originally|first) "
    r"(?:published|posted|appeared)\b)",
    re.I,
)
# A time stamp without a day: "Updated 10:32 GMT", "Published 3 hours ago".
TIME_STAMP_LINE = re.compile(
    r"^(?:published|updated|last updated|posted|modified|issued|first published)"
    r"(?: on| at)?\s*:?\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}"
    r"(?:[+-]\d{1,2})?\)?)?|\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago)"
    r"\s*$",
    re.I,
)
# Breadcrumbs: "Home / World News / ...", "Home » News » Afghanistan".
BREADCRUMB = re.compile(r"^(?:home|homepage|news)\s*[/»>›|]\s*\S", re.I)
# A menu of short items: "Order Reprints | Today’s Paper | Subscribe".
MENU_LINE = re.compile(r"^[^|.!?]{1,30}(?:\s+\|\s+[^|.!?]{1,30}){2,}$")
# Emoji, bullets and arrows a copied line may start with ("📷 Photo: ...", "• Related").
LEADING_SYMBOLS = re.compile(r"^[^\w\s\"“‘'(©\[]+\s*")
# Terms only subscription and consent notices use: two of them make such a notice.
NOTICE_TERM = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)s?|newsletters?|cookies?|privacy policy|"
    r"terms (?:of (?:use|service)|and conditions)|all rights reserved|inbox|unsubscribe|"
    r"sign(?:ing)? up|advertis(?:ing|ements?|ers?))\b",
    re.I,
)
PHOTO_TOKEN = re.compile(
    r"\s*\((?:photo|file photo|image|picture)(?: credit)?\s*:[^)]{1,80}\)", re.I
)


def canonical_outlet(name: str) -> str:
    """The usual spelling of an outlet ("AL JAZEERA" -> "Al Jazeera"); unknown names as given."""
    name = re.sub(r"\s+", " ", name).strip(" .,:;|-—–")
    name = re.sub(r"\s+and (?:news )?agencies$", "", name, flags=re.I)
    known = OUTLETS.get(name.casefold())
    if known:
        return known
    if name.isupper() and len(name) > 5:
        return name.title()
    return name


def outlet_from_url(url: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.I).split("/")[0].lower()
    for domain, outlet in DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return outlet
    return host
