"""Telling English articles from others, on every English test article and on news prose of
our own in French, German, Spanish and Dari."""

from pathlib import Path

import pytest

from sources.extract.language import ENGLISH, UNDETERMINED, language_of
from sources.extract.pipeline import extract_article
from tests.sources.extract.test_pipeline import reference_tools

ROOT = Path(__file__).resolve().parents[3]
ENGLISH_ARTICLES = sorted((ROOT / "tests/sources/extract/articles").glob("*.txt")) + sorted(
    (ROOT / "seeds").glob("*.txt")
)
FRENCH = (
    "Les talibans ont pris Kunduz dimanche, a déclaré un responsable provincial. Les combats "
    "se poursuivent dans la ville, où des milliers de civils ont fui. « Nous contrôlons la "
    "ville », a-t-il dit. Le gouvernement afghan a promis une contre-offensive."
)
GERMAN = (
    "Die Taliban haben am Sonntag die Provinzhauptstadt Kundus eingenommen, sagte ein Mitglied "
    "des Provinzrats. In der Stadt wird weiter gekämpft, Tausende Zivilisten sind geflohen. Die "
    "Regierung kündigte eine Gegenoffensive an und schickte Spezialkräfte."
)
SPANISH = (
    "Los talibanes tomaron el domingo la capital provincial de Kunduz, dijo un miembro del "
    "consejo provincial. Los combates continúan en la ciudad y miles de civiles han huido. El "
    "gobierno prometió una contraofensiva y envió fuerzas especiales a la zona."
)
DARI = (
    "طالبان روز یکشنبه شهر قندوز را تصرف کردند. یک عضو شورای ولایتی گفت که جنگ در شهر ادامه "
    "دارد و هزاران غیرنظامی فرار کرده‌اند. حکومت وعده داد که نیروهای ویژه را به آنجا می‌فرستد."
)


@pytest.mark.parametrize("path", ENGLISH_ARTICLES, ids=lambda p: p.name)
def test_every_english_test_article_reads_as_english(path):
    assert language_of(path.read_text(encoding="utf-8")) == ENGLISH


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH, DARI], ids=["fr", "de", "es", "fa"])
def test_news_in_other_languages_is_not_taken_for_english(text):
    assert language_of(text) == UNDETERMINED


def test_a_line_too_short_to_tell_is_taken_as_english():
    assert language_of("Kunduz falls") == ENGLISH


def test_an_article_in_another_language_is_stored_with_nothing_extracted_and_a_warning():
    gazetteer, lexicon = reference_tools()
    text = " date 2021-08-08\n" + FRENCH + "\n\n" + SPANISH

    extraction = extract_article(text.encode("utf-8"), "kunduz_fr.txt", gazetteer, lexicon)

    assert extraction.language == UNDETERMINED
    assert extraction.events == [] and extraction.statements == []
    assert extraction.published.value.isoformat() == "2021-08-08"
    assert "does not read as English" in extraction.warnings[0]
