"""Reading what an editor hands over — files, directories, zips — into article bytes.

Nothing here trusts a size, a name or a type an archive claims: members are read through a
bounded reader, names that would leave the archive and links are refused, and each refusal
becomes a per-file message instead of an exception.
"""

import os
import stat
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from sources.importer import limits
from sources.importer.results import Status

CHUNK = 64 * 1024
MB = 1024 * 1024


@dataclass(frozen=True)
class ArticleFile:
    name: str
    data: bytes


@dataclass(frozen=True)
class Refused:
    name: str
    reason: str
    status: str = Status.FAILED


Item = ArticleFile | Refused


class _TooLarge(Exception):
    pass


def _read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """Read at most `limit` bytes; raise _TooLarge if the stream holds more."""
    parts, size = [], 0
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise _TooLarge


def _kind(name: str) -> str:
    lower = name.lower()
    if lower.endswith(limits.ARTICLE_SUFFIX):
        return "article"
    if lower.endswith(limits.ARCHIVE_SUFFIX):
        return "archive"
    return "other"


def _not_an_article(name: str) -> Refused:
    return Refused(name, "not a .txt article or a .zip of them: skipped", Status.SKIPPED)


def read_stream(name: str, stream: BinaryIO) -> Iterator[Item]:
    """One uploaded or stored file: an article, a zip of articles, or something skipped."""
    kind = _kind(name)
    if kind == "other":
        yield _not_an_article(name)
        return
    if kind == "archive":
        yield from read_zip(name, stream)
        return
    try:
        yield ArticleFile(name, _read_bounded(stream, limits.MAX_ARTICLE_BYTES))
    except _TooLarge:
        yield Refused(
            name, f"larger than the {limits.MAX_ARTICLE_BYTES // MB} MB limit per article"
        )


def read_bytes(name: str, data: bytes) -> Iterator[Item]:
    import io

    yield from read_stream(name, io.BytesIO(data))


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Item]:
    """Files, directories (walked, sorted) and zips named on a command line.

    Items are named without the server's directories: a file by its own name, a file found
    in a directory by its path from that directory ("seeds/000.txt").
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            base = path.absolute().parent
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for file_name in sorted(files):
                    found = Path(root) / file_name
                    yield from _read_path(found, display=str(found.absolute().relative_to(base)))
        elif path.exists():
            yield from _read_path(path, display=path.name)
        else:
            yield Refused(path.name or str(path), "no such file or directory")


def _read_path(path: Path, display: str) -> Iterator[Item]:
    if _kind(path.name) == "other":
        yield _not_an_article(display)
        return
    try:
        size = path.stat().st_size
        if _kind(path.name) == "archive" and size > limits.MAX_UPLOAD_BYTES:
            yield Refused(display, f"archive larger than {limits.MAX_UPLOAD_BYTES // MB} MB")
            return
        with path.open("rb") as stream:
            yield from read_stream(display, stream)
    except OSError as exc:
        yield Refused(display, f"cannot be read: {exc.strerror or exc}")


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." in parts


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


def read_zip(name: str, stream: BinaryIO) -> Iterator[Item]:
    """The .txt members of a zip, each read with a bounded reader."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
        yield Refused(name, "not a readable zip archive")
        return
    with archive:
        members = archive.infolist()
        if len(members) > limits.MAX_ARCHIVE_MEMBERS:
            yield Refused(
                name,
                f"the archive has {len(members)} entries; at most "
                f"{limits.MAX_ARCHIVE_MEMBERS} are accepted, so none was read",
            )
            return
        total = 0
        for info in members:
            display = f"{name}/{info.filename}"
            refusal = _refuse_member(info, display)
            if refusal is not None:
                if refusal.reason:
                    yield refusal
                continue
            budget = limits.MAX_ARCHIVE_TOTAL_BYTES - total
            if budget <= 0:
                yield Refused(
                    display,
                    f"not read: the archive already unpacked to "
                    f"{limits.MAX_ARCHIVE_TOTAL_BYTES // MB} MB",
                )
                continue
            item = _read_member(archive, info, display, min(budget, limits.MAX_ARTICLE_BYTES))
            if isinstance(item, ArticleFile):
                total += len(item.data)
            yield item


def _refuse_member(info: zipfile.ZipInfo, display: str) -> Refused | None:
    """Why a member is not read; a Refused with an empty reason means: skip silently."""
    member = info.filename
    if _unsafe_name(member):
        return Refused(display, "unsafe path (absolute or leaving the archive): not read")
    if _is_link(info):
        return Refused(display, "a symbolic link, not a file: not read")
    if info.is_dir():
        return Refused(display, "", Status.SKIPPED)
    base = PurePosixPath(member).name
    if member.startswith("__MACOSX/") or base.startswith("._"):
        return Refused(display, "", Status.SKIPPED)
    if member.lower().endswith(limits.NESTED_ARCHIVE_SUFFIXES):
        return Refused(display, "an archive inside the archive: nested archives are not opened")
    if info.flag_bits & 0x1:
        return Refused(display, "encrypted: not read")
    if _kind(member) != "article":
        return _not_an_article(display)
    return None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, display: str, limit: int) -> Item:
    compressed = max(info.compress_size, 1)
    parts, size = [], 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(min(CHUNK, limit + 1 - size))
                if not chunk:
                    break
                parts.append(chunk)
                size += len(chunk)
                if size > limit:
                    claimed = info.file_size / compressed
                    bomb = (
                        f" — it claims to inflate {claimed:.0f}×: a compression bomb?"
                        if claimed > limits.MAX_COMPRESSION_RATIO
                        else ""
                    )
                    return Refused(
                        display,
                        f"unpacks to more than {limit // MB or 1} MB: refused "
                        f"(limit {limits.MAX_ARTICLE_BYTES // MB} MB per article){bomb}",
                    )
                if (
                    size >= limits.RATIO_CHECK_FROM_BYTES
                    and size / compressed > limits.MAX_COMPRESSION_RATIO
                ):
                    return Refused(
                        display,
                        f"inflates more than {limits.MAX_COMPRESSION_RATIO}× "
                        f"(a compression bomb?): refused",
                    )
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        OSError,
        ValueError,
    ) as exc:
        return Refused(display, f"damaged or unsupported zip member ({exc.__class__.__name__})")
    return ArticleFile(display, b"".join(parts))
