import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from events.models import Statement
from sources.models import Source

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_directory_of_seeds_imports_with_a_summary_and_progress_on_stderr():
    out, err = run(str(SEEDS))
    assert "Summary: 5 imported, 0 already present, 0 failed." in out
    assert "Created:" in out
    assert "Importing" in err and "5file" in err.replace(" ", "")
    assert Source.objects.count() == 5


def test_running_it_again_reports_already_present_and_succeeds():
    run(str(SEEDS))
    out, _ = run(str(SEEDS))
    assert "Summary: 0 imported, 5 already present, 0 failed." in out
    assert "already present" in out


def test_a_bad_file_fails_the_command_but_the_others_are_imported(tmp_path):
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import_articles", str(tmp_path), stdout=out, stderr=err)
    assert excinfo.value.returncode == 1
    assert "1 file(s) failed" in str(excinfo.value)
    text = out.getvalue()
    assert "Summary: 1 imported, 0 already present, 1 failed." in text
    assert "empty.txt —" in text
    assert Source.objects.get().file_name.endswith("good.txt")


def test_the_user_option_records_the_importer(editor):
    run(str(sorted(SEEDS.glob("*.txt"))[0]), "--user", "editor")
    assert Source.objects.get().imported_by == editor


def test_an_unknown_user_is_refused_before_anything_is_imported():
    with pytest.raises(CommandError, match="No user named"):
        run(str(SEEDS), "--user", "nobody")
    assert not Source.objects.exists()


def test_no_paths_is_an_error():
    with pytest.raises(CommandError, match="at least one"):
        run()


def test_reextract_runs_again_on_stored_sources_keeping_reviewed_statements():
    run(str(SEEDS))
    statement = Statement.objects.order_by("pk").first()
    statement.review_status = "reviewed"
    statement.save()
    out, _ = run("--reextract")
    assert "Summary: 5 imported, 0 already present, 0 failed." in out
    assert "extracted again" in out
    assert Statement.objects.filter(pk=statement.pk, review_status="reviewed").exists()
    assert Source.objects.count() == 5


def test_reextract_with_paths_is_refused():
    with pytest.raises(CommandError, match="no paths"):
        run("--reextract", str(SEEDS))
