"""Uploaded files kept server-side between the preview and the confirmation.

Each upload gets a directory named by a random token; the token is remembered in the
editor's session, and the bytes never travel back through the browser. Directories older
than UPLOAD_TTL are removed at the next upload.
"""

import json
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from django.conf import settings

from sources.importer import limits
from sources.importer.archive import Item, Refused, read_stream

UPLOAD_TTL = 2 * 60 * 60
SESSION_KEY = "article_import_tokens"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
MB = 1024 * 1024


def upload_root() -> Path:
    root = Path(
        getattr(settings, "ARTICLE_IMPORT_DIR", "")
        or Path(tempfile.gettempdir()) / "article-imports"
    )
    root.mkdir(parents=True, exist_ok=True)
    return root


@dataclass
class StoredUpload:
    token: str
    path: Path
    manifest: dict

    @property
    def names(self) -> list[str]:
        return [f["name"] for f in self.manifest["files"]]

    def items(self) -> Iterator[Item]:
        for entry in self.manifest["files"]:
            if entry.get("refused"):
                yield Refused(entry["name"], entry["refused"])
                continue
            with (self.path / entry["stored"]).open("rb") as stream:
                yield from read_stream(entry["name"], stream)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _display_name(name: str) -> str:
    # Browsers send base names, but a client may not: keep the last part only.
    return PurePath(name.replace("\\", "/")).name[:200] or "unnamed"


def store(files, user_id: int | None) -> StoredUpload:
    """Write uploaded files (Django UploadedFile objects) to a fresh token directory."""
    remove_expired()
    token = secrets.token_urlsafe(24)
    path = upload_root() / token
    path.mkdir(mode=0o700)
    entries = []
    for n, upload in enumerate(files):
        entry = {"name": _display_name(upload.name), "stored": f"{n:04d}.upload"}
        if upload.size is not None and upload.size > limits.MAX_UPLOAD_BYTES:
            entry["refused"] = f"larger than the {limits.MAX_UPLOAD_BYTES // MB} MB upload limit"
        else:
            with (path / entry["stored"]).open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
        entries.append(entry)
    manifest = {"user_id": user_id, "created": time.time(), "files": entries}
    (path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return StoredUpload(token, path, manifest)


def load(token: str, user_id: int | None) -> StoredUpload | None:
    """The stored upload for this token, if it exists, is fresh and belongs to this user."""
    if not _TOKEN.match(token or ""):
        return None
    path = upload_root() / token
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("user_id") != user_id or time.time() - manifest["created"] > UPLOAD_TTL:
        return None
    return StoredUpload(token, path, manifest)


def remove_expired() -> None:
    root = upload_root()
    cutoff = time.time() - UPLOAD_TTL
    for child in root.iterdir():
        try:
            if child.is_dir() and child.stat().st_mtime < cutoff:
                shutil.rmtree(child, ignore_errors=True)
        except OSError:
            continue
