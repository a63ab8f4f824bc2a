"""Bytes of an uploaded file to text, or a clear refusal.

Order of the checks: empty file, known binary formats (by magic number), byte-order marks,
BOM-less UTF-16 (recognised by its NUL bytes), strict UTF-8, UTF-8 with a few stray
Windows-1252 bytes, then Windows-1252 for old Western files. Lines showing the classic
mojibake of UTF-8 read as Windows-1252 ("â€™") are repaired. Anything that still has NUL
bytes or many control characters is refused as binary rather than stored as garbage.
"""

import codecs
import re
import unicodedata


class DecodeError(ValueError):
    """The upload is not a text article; the message is shown to the editor as is."""


MAX_ARTICLE_CHARACTERS = 100_000
"""About 16,000 words, several times the longest news story. Reading costs grow with the text:
measured here, 100,000 characters took 10 s and 475 MB, 300,000 took 43 s and 1 GB, and spaCy
refuses a text past 1,000,000; a longer file is refused before it is read, not half-read."""


def check_length(text: str) -> str:
    """The text itself, or a DecodeError naming its length and the limit."""
    if len(text) > MAX_ARTICLE_CHARACTERS:
        raise DecodeError(
            f"the text is too long for one article ({len(text):,} characters; the limit is "
            f"{MAX_ARTICLE_CHARACTERS:,}, about 16,000 words): split it into its articles"
        )
    return text


# The formats people most often rename to .txt by mistake, and what to call them.
_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a Word .docx / OpenDocument file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office (.doc/.xls) file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP image, WAV audio or AVI video)"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"ID3", "an MP3 audio file"),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never occur in a text article (tab, newline, form feed, carriage return,
# vertical tab and the DOS end-of-file mark are tolerated).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")


# Spaces web pages use for layout (no-break, narrow no-break, thin, figure, ideographic): copied
# into a file they break every "KABUL, Aug 8 (Reuters)" or "Published On 12 Aug 2021" pattern.
SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Line and paragraph separators, next line, vertical tab and form feed: line breaks.
LINE_BREAKS = re.compile("[\u2028\u2029\u0085\x0b\x0c]")

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252"), error.end  # raises for bytes undefined in cp1252 too


codecs.register_error("cp1252_bytes", _cp1252_bytes)

# Typical mojibake: UTF-8 read as Windows-1252 and saved again ("â€™" for "’", "Ã©" for "é").
# "Â\xa0" and "Â·" are a no-break space and a middle dot the same way.
_MOJIBAKE = re.compile(
    "[âÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"
    "|Â[\u00a0-\u00bf]"
)


def _repair_mojibake(text: str) -> str:
    """Undo a UTF-8-as-Windows-1252 round trip, line by line, where that is clearly it."""
    if not _MOJIBAKE.search(text):
        return text
    repaired = []
    for line in text.split("\n"):
        if _MOJIBAKE.search(line):
            try:
                fixed = line.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                fixed = line
            line = fixed if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(line)) else line
        repaired.append(line)
    return "\n".join(repaired)


def _magic_name(data: bytes) -> str | None:
    for magic, name in _MAGIC_NUMBERS:
        if data.startswith(magic):
            # "MZ" and "ID3"/"BZh" are also how some words start: only trust them when the
            # rest of the file is not plain text.
            if magic in (b"MZ", b"ID3", b"BZh", b"RIFF") and _looks_like_text_start(data):
                continue
            return name
    return None


def _looks_like_text_start(data: bytes) -> bool:
    head = data[:512]
    return all(b in b"\t\n\r" or 32 <= b < 127 or b >= 128 for b in head)


def _bom_less_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    nul_even = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    nul_odd = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if nul_odd >= 0.6 * pairs and nul_even <= 0.05 * pairs:
        return "utf-16-le"
    if nul_even >= 0.6 * pairs and nul_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"the file starts with a {encoding.upper()} byte-order mark but is not "
                    f"valid {encoding.upper()} (bad bytes at position {exc.start})"
                ) from exc
    utf16 = _bom_less_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass  # falls through to the binary check below
    if b"\x00" in data:
        raise DecodeError("this is a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        if _UTF8_MULTIBYTE.search(data):
            # Mostly UTF-8 with a few stray Windows-1252 bytes (text pasted from two sources):
            # keep the UTF-8 and read only the stray bytes as Windows-1252.
            try:
                return data.decode("utf-8", errors="cp1252_bytes")
            except UnicodeDecodeError:
                pass
        try:
            # Python's cp1252 refuses the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D),
            # which is what we want: they do not occur in real Windows-1252 text.
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                "the file's encoding is not recognised: it is neither UTF-8, UTF-16 nor "
                f"Windows-1252 (first bad byte 0x{data[utf8_error.start]:02X} at position "
                f"{utf8_error.start}); save it as UTF-8 text"
            ) from exc


def decode_bytes(data: bytes) -> str:
    """The text of an uploaded article: NFC, "\\n" line endings, plain spaces, no byte-order mark.

    Raises DecodeError with a message for the editor ("the file is empty", "this is a PDF
    file, not text", ...).
    """
    if not data or not data.strip(b" \t\r\n\x0b\x0c"):
        raise DecodeError("the file is empty")
    kind = _magic_name(data)
    if kind:
        raise DecodeError(f"this is {kind}, not text")
    text = _decode(data)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        raise DecodeError(
            f"this looks like a binary file, not text ({controls} control characters)"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = LINE_BREAKS.sub("\n", text)
    text = text.lstrip("\ufeff")
    text = _repair_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    text = SPACES.sub(" ", text)
    text = _CONTROL.sub("", text).replace("\x1a", "")
    if not text.strip():
        raise DecodeError("the file is empty (it only holds blank space)")
    return text
