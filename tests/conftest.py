import pytest


@pytest.fixture
def editor(db, django_user_model):
    """A staff user with every permission, as the README's local login."""
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "editor")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
