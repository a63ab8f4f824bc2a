"""What an import accepts. Every limit is checked on bytes actually read, never on sizes a
file or a zip header claims."""

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
"""One article, as stored or once decompressed: 2 MB is ~300,000 words, far above any news story."""

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
"""One uploaded file or one zip on disk."""

MAX_ARCHIVE_MEMBERS = 500
"""Entries in one zip (directories included): an archive with more is refused whole."""

MAX_ARCHIVE_TOTAL_BYTES = 100 * 1024 * 1024
"""Decompressed bytes read from one zip; members past this are refused."""

MAX_COMPRESSION_RATIO = 100
"""Text compresses 3-10x; a member that inflates more than this is treated as a bomb..."""

RATIO_CHECK_FROM_BYTES = 64 * 1024
"""...once it has produced this much, so that tiny repetitive files are not refused."""

MAX_FILES_PER_IMPORT = 500
"""Files in one admin upload."""

ARTICLE_SUFFIX = ".txt"
ARCHIVE_SUFFIX = ".zip"
NESTED_ARCHIVE_SUFFIXES = (".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".jar")


def describe() -> str:
    """The limits in words, for help texts and the admin page."""
    from sources.extract.decode import MAX_ARTICLE_CHARACTERS

    mb = 1024 * 1024
    return (
        f".txt articles up to {MAX_ARTICLE_BYTES // mb} MB and {MAX_ARTICLE_CHARACTERS:,} "
        f"characters of text each; .zip archives up to "
        f"{MAX_UPLOAD_BYTES // mb} MB with at most {MAX_ARCHIVE_MEMBERS} entries and "
        f"{MAX_ARCHIVE_TOTAL_BYTES // mb} MB once unpacked; no nested archives, links or paths "
        f"leaving the archive."
    )
