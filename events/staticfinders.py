"""Serve plotly.js from the installed `plotly` package as the static file vendor/plotly.min.js.

The chart needs plotly.js in the browser and the site must not load anything from a CDN. The plotly
Python package already ships the matching build, so this finder exposes that one file (and
nothing else from the package) to runserver, WhiteNoise and collectstatic: no copy in the repo, no
download at build time, and the JS always matches the installed package. Enable it with

    STATICFILES_FINDERS = [
        "django.contrib.staticfiles.finders.FileSystemFinder",
        "django.contrib.staticfiles.finders.AppDirectoriesFinder",
        "events.staticfinders.PlotlyJsFinder",
    ]
"""

from pathlib import Path

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PLOTLY_DIR = Path(plotly.__file__).resolve().parent / "package_data"
PLOTLY_FILE = "plotly.min.js"
PREFIX = "vendor"
STATIC_PATH = f"{PREFIX}/{PLOTLY_FILE}"


class PlotlyJsFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=str(PLOTLY_DIR))
        self.storage.prefix = PREFIX

    def check(self, **kwargs):
        from django.core.checks import Error

        if not (PLOTLY_DIR / PLOTLY_FILE).is_file():
            return [Error(f"plotly.js not found at {PLOTLY_DIR / PLOTLY_FILE}", id="events.E001")]
        return []

    def find(self, path, find_all=False, **kwargs):
        if path.replace("\\", "/") != STATIC_PATH:
            return [] if find_all or kwargs.get("all") else None
        found = str(PLOTLY_DIR / PLOTLY_FILE)
        return [found] if find_all or kwargs.get("all") else found

    def list(self, ignore_patterns):
        yield PLOTLY_FILE, self.storage
