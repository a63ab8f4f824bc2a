import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the local editor login if missing, and print it. For local use only."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("EDITOR_USERNAME", "editor"))
        parser.add_argument("--password", default=os.environ.get("EDITOR_PASSWORD", "editor"))

    def handle(self, *args, username: str, password: str, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            User.objects.create_superuser(username, f"{username}@localhost", password)
            self.stdout.write(f"Editor login created: {username} / {password}")
        else:
            self.stdout.write(f"Editor login: {username} (already exists; password unchanged)")
