import io
import stat
import zipfile
from pathlib import Path

from sources.importer import limits
from sources.importer.archive import ArticleFile, Refused, read_bytes, read_paths
from sources.importer.results import Status

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
ARTICLE = b"Taliban fighters attacked a checkpoint in Herat on Friday, officials said."


def make_zip(members: list[tuple], compression=zipfile.ZIP_DEFLATED) -> bytes:
    """members: (name, bytes) or (ZipInfo, bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def symlink_member(name: str, target: str) -> tuple:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def by_name(items) -> dict:
    return {item.name: item for item in items}


def test_a_txt_file_is_read_whole():
    (item,) = read_bytes("a.txt", ARTICLE)
    assert item == ArticleFile("a.txt", ARTICLE)


def test_an_article_over_the_size_limit_is_refused_with_the_limit_named():
    (item,) = read_bytes("big.txt", b"x" * (limits.MAX_ARTICLE_BYTES + 1))
    assert isinstance(item, Refused)
    assert item.status == Status.FAILED
    assert "2 MB" in item.reason


def test_a_file_that_is_neither_txt_nor_zip_is_skipped_not_failed():
    (item,) = read_bytes("photo.jpg", b"\xff\xd8\xff")
    assert item.status == Status.SKIPPED
    assert ".txt" in item.reason


def test_zip_members_are_read_and_named_after_the_archive():
    data = make_zip([("one.txt", ARTICLE), ("dir/two.TXT", ARTICLE + b"!"), ("dir/", b"")])
    items = by_name(read_bytes("batch.zip", data))
    assert items["batch.zip/one.txt"] == ArticleFile("batch.zip/one.txt", ARTICLE)
    assert items["batch.zip/dir/two.TXT"].data == ARTICLE + b"!"
    assert "batch.zip/dir/" not in items  # directories are not reported


def test_unsafe_member_paths_are_refused():
    data = make_zip([("../evil.txt", ARTICLE), ("/abs.txt", ARTICLE), ("ok.txt", ARTICLE)])
    items = by_name(read_bytes("b.zip", data))
    assert "unsafe path" in items["b.zip/../evil.txt"].reason
    assert "unsafe path" in items["b.zip//abs.txt"].reason
    assert isinstance(items["b.zip/ok.txt"], ArticleFile)


def test_a_symlink_member_is_refused_and_not_followed():
    data = make_zip([symlink_member("link.txt", "/etc/passwd"), ("ok.txt", ARTICLE)])
    items = by_name(read_bytes("b.zip", data))
    assert isinstance(items["b.zip/link.txt"], Refused)
    assert "symbolic link" in items["b.zip/link.txt"].reason


def test_a_nested_archive_is_not_opened():
    inner = make_zip([("inner.txt", ARTICLE)])
    items = by_name(read_bytes("outer.zip", make_zip([("inner.zip", inner)])))
    assert set(items) == {"outer.zip/inner.zip"}
    assert "nested archives are not opened" in items["outer.zip/inner.zip"].reason


def test_non_txt_members_are_skipped_with_a_message():
    items = by_name(read_bytes("b.zip", make_zip([("notes.pdf", b"%PDF-1.4"), ("a.txt", ARTICLE)])))
    assert items["b.zip/notes.pdf"].status == Status.SKIPPED
    assert isinstance(items["b.zip/a.txt"], ArticleFile)


def test_an_archive_with_too_many_members_is_refused_whole():
    data = make_zip([(f"m{n}.txt", b"tiny") for n in range(600)])
    items = list(read_bytes("many.zip", data))
    assert len(items) == 1
    assert isinstance(items[0], Refused)
    assert "600 entries" in items[0].reason and "500" in items[0].reason


def test_a_compression_bomb_is_refused_without_reading_it_whole():
    bomb = b"\0" * (limits.MAX_ARTICLE_BYTES * 20)  # 40 MB of zeros compress to ~40 KB
    data = make_zip([("bomb.txt", bomb), ("ok.txt", ARTICLE)])
    assert len(data) < 200_000
    items = by_name(read_bytes("bomb.zip", data))
    refused = items["bomb.zip/bomb.txt"]
    assert isinstance(refused, Refused)
    assert "compression bomb" in refused.reason
    assert isinstance(items["bomb.zip/ok.txt"], ArticleFile)


def test_a_small_bomb_under_the_size_limit_is_caught_by_its_ratio():
    data = make_zip([("bomb.txt", b"a" * (limits.MAX_ARTICLE_BYTES - 10))])
    (item,) = read_bytes("bomb.zip", data)
    assert isinstance(item, Refused)
    assert "inflates more than 100×" in item.reason


def test_a_member_larger_than_the_article_limit_is_refused_even_if_it_compresses_normally():
    import os

    data = make_zip([("big.txt", os.urandom(limits.MAX_ARTICLE_BYTES + 10))], zipfile.ZIP_STORED)
    (item,) = read_bytes("big.zip", data)
    assert isinstance(item, Refused)
    assert "more than 2 MB" in item.reason


def test_a_zip_header_lying_about_sizes_does_not_raise():
    data = bytearray(make_zip([("a.txt", ARTICLE * 50)]))
    # Corrupt the compressed stream: reading must end in a per-member refusal.
    offset = data.index(b"a.txt") + len(b"a.txt")
    data[offset + 2 : offset + 20] = b"\xff" * 18
    items = list(read_bytes("broken.zip", bytes(data)))
    assert all(isinstance(i, Refused | ArticleFile) for i in items)


def test_a_file_named_zip_that_is_not_a_zip_is_refused():
    (item,) = read_bytes("fake.zip", b"hello, not a zip")
    assert "not a readable zip" in item.reason


def test_paths_walk_directories_in_order_and_report_missing_ones(tmp_path):
    (tmp_path / "b.txt").write_bytes(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "c.zip").write_bytes(make_zip([("z.txt", ARTICLE)]))
    items = list(read_paths([tmp_path, tmp_path / "missing.txt", tmp_path / "b.txt"]))
    top = tmp_path.name
    assert [i.name for i in items] == [
        f"{top}/b.txt",
        f"{top}/c.zip/z.txt",
        f"{top}/sub/a.txt",
        "missing.txt",
        "b.txt",  # a file named on its own keeps its name only, not the server's path
    ]
    assert items[3].reason == "no such file or directory"


def test_seed_files_are_read_from_disk():
    items = list(read_paths([SEEDS]))
    assert len(items) == 5
    assert all(isinstance(i, ArticleFile) and i.data for i in items)
