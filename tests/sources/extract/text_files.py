"""Paths and helpers shared by the text-layer tests (decode, clean, dates, published)."""

from pathlib import Path

from sources.extract.clean import clean
from sources.extract.decode import decode_bytes
from sources.extract.records import CleanedText

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ARTICLES = Path(__file__).parent / "articles"


def seed(prefix: str) -> Path:
    return next(path for path in SEEDS if path.name.startswith(prefix))


def cleaned_file(path: Path) -> CleanedText:
    return clean(decode_bytes(path.read_bytes()), path.name)


def text_article(name: str) -> CleanedText:
    return cleaned_file(ARTICLES / f"text_{name}.txt")
