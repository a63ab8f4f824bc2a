import codecs
import os
import unicodedata

import pytest

from sources.extract.decode import DecodeError, decode_bytes
from tests.sources.extract.text_files import SEEDS

ARTICLE = "Taliban fighters entered Kunduz on Sunday, officials said.\nThe café was closed.\n"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-16-le"),  # no BOM: found by the NUL in every other byte
        ARTICLE.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"),
        ARTICLE.encode("cp1252"),  # "café" with a lone 0xE9 byte
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.replace("\n", "\r").encode("utf-8"),
    ],
    ids=[
        "utf8-bom", "utf8", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "utf16be-no-bom",
        "utf32le-bom", "cp1252", "crlf", "cr",
    ],
)  # fmt: skip
def test_every_supported_encoding_gives_the_same_text(data):
    assert decode_bytes(data) == ARTICLE


def test_windows_1252_quotes_and_dashes_become_unicode():
    data = b"\x93The attack was deplorable,\x94 she said \x96 in Herat."
    assert decode_bytes(data) == "“The attack was deplorable,” she said – in Herat."


def test_text_is_nfc_normalised():
    decomposed = "Ste\u0301phane Dujarric said."
    assert decode_bytes(decomposed.encode("utf-8")) == unicodedata.normalize("NFC", decomposed)
    assert "\u0301" not in decode_bytes(decomposed.encode("utf-8"))


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b" \n"])
def test_empty_or_blank_files_are_refused_as_empty(data):
    with pytest.raises(DecodeError, match="the file is empty"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "ELF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Microsoft Office"),
    ],
)
def test_binary_formats_renamed_txt_are_named_in_the_refusal(data, kind):
    with pytest.raises(DecodeError, match=f"this is an? .*{kind}.*, not text"):
        decode_bytes(data)


def test_random_binary_is_refused():
    data = bytes((i * 7919 + 13) % 256 for i in range(4096))
    with pytest.raises(DecodeError):
        decode_bytes(data)


def test_random_bytes_from_os_are_refused():
    with pytest.raises(DecodeError):
        decode_bytes(os.urandom(2048) + b"\x00")


def test_text_with_control_characters_is_refused_as_binary():
    data = ("Kabul " + "\x01\x02\x03\x04" * 20 + " Herat").encode("utf-8")
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data)


def test_bytes_valid_in_no_supported_encoding_are_refused_with_the_position():
    # 0x81 is undefined in Windows-1252 and invalid as a UTF-8 start byte.
    with pytest.raises(DecodeError, match="position 6"):
        decode_bytes(b"Kabul \x81\x8d\x90 fell.")


def test_refusal_is_a_value_error_for_callers():
    assert issubclass(DecodeError, ValueError)


def test_a_word_starting_like_a_magic_number_is_still_text():
    assert decode_bytes(b"MZ Khan, a local elder, said...") == "MZ Khan, a local elder, said..."


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_articles_decode_without_bom_or_carriage_returns(path):
    text = decode_bytes(path.read_bytes())
    assert "\r" not in text and not text.startswith("\ufeff")
    assert len(text) > 1000


def test_utf8_with_stray_windows_1252_bytes_keeps_both():
    data = "The Taliban’s advance — Stéphane said".encode() + b" \x93quoted\x94"
    assert decode_bytes(data) == "The Taliban’s advance — Stéphane said “quoted”"


def test_mojibake_lines_are_repaired():
    mojibake = "The Taliban’s advance — Stéphane said".encode().decode("cp1252")
    assert mojibake == "The Talibanâ€™s advance â€” StÃ©phane said"
    assert decode_bytes(mojibake.encode()) == "The Taliban’s advance — Stéphane said"


def test_real_accented_capitals_are_not_taken_for_mojibake():
    assert decode_bytes("Ârbitrary Ã text: Âge".encode()) == "Ârbitrary Ã text: Âge"


def test_layout_spaces_become_plain_spaces_and_line_separators_line_breaks():
    raw = (
        "KABUL,\u00a0Aug 8 (Reuters)\u202f- Taliban seized Kunduz.\u2028Second paragraph.\x0cThird."
    )
    assert decode_bytes(raw.encode("utf-8")) == (
        "KABUL, Aug 8 (Reuters) - Taliban seized Kunduz.\nSecond paragraph.\nThird."
    )


def test_a_dateline_and_publication_line_with_no_break_spaces_are_recognised():
    from sources.extract.clean import clean
    from sources.extract.published import infer_publication_date

    raw = (
        "KABUL,\u00a0Aug 8 (Reuters)\u00a0-\u00a0Taliban insurgents seized the city of Kunduz "
        "on Sunday, officials said.\n\nPublished\u00a0On\u00a012\u00a0Aug\u00a02021\n"
    )
    for text in (decode_bytes(raw.encode("utf-8")), raw):
        cleaned = clean(text)
        assert cleaned.removed == ["(Reuters)", "Published On 12 Aug 2021"]
        assert infer_publication_date(cleaned).value.isoformat() == "2021-08-12"


def test_no_break_space_and_middle_dot_mojibake_is_repaired():
    garbled = "Published\u00a0On 12 Aug 2021 · Updated".encode("utf-8").decode("cp1252")
    assert garbled == "PublishedÂ\u00a0On 12 Aug 2021 Â· Updated"
    assert decode_bytes(garbled.encode("utf-8")) == "Published On 12 Aug 2021 · Updated"
