"""Reference data for the language-layer tests, read from the files the app ships.

No database: the gazetteer and the lexicon are built straight from events/data/*.json, so the
tests follow those files as they grow.
"""

import json

import pytest

from events.reference_data import ACTORS_FILE, GAZETTEER_FILE
from sources.extract.actors import Lexicon
from sources.extract.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_records(json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))["places"])


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.from_records(json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"])
