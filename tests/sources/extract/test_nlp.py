"""The pinned spaCy model: a fixed sentence must keep its sentences, people and arcs."""

from sources.extract.nlp import get_nlp, parse

SENTENCE = (
    "Taliban spokesman Zabihullah Mujahid said on Wednesday that the fighters had entered the "
    "city. Afghan forces said they would retake it."
)


def test_the_model_is_loaded_once_per_process():
    assert get_nlp() is get_nlp()


def test_parse_splits_sentences_finds_a_person_and_a_subject_arc():
    doc = parse(SENTENCE)
    assert [s.text for s in doc.sents] == [
        "Taliban spokesman Zabihullah Mujahid said on Wednesday that the fighters had entered "
        "the city.",
        "Afghan forces said they would retake it.",
    ]
    assert ("Zabihullah Mujahid", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    mujahid = next(t for t in doc if t.text == "Mujahid")
    assert (mujahid.dep_, mujahid.head.text) == ("nsubj", "said")
