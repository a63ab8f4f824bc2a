import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_ensure_editor_creates_a_login_once(capsys):
    call_command("ensure_editor")
    call_command("ensure_editor")
    out = capsys.readouterr().out
    assert "Editor login created: editor / editor" in out
    assert "already exists" in out
    user = get_user_model().objects.get(username="editor")
    assert user.is_staff and user.check_password("editor")
