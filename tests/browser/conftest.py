"""Playwright harness: Debian's Chromium against pytest-django's live server.

Playwright's sync API runs an event loop in this thread, which trips Django's async-unsafe check
for the ORM calls the tests make to set up data; the tests do not share connections across
threads, so the check is switched off here (and only for browser tests).
"""

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
PLOTLY_FINDER = "events.staticfinders.PlotlyJsFinder"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def plotly_static(settings) -> None:
    """plotly.js is served from the plotly package by a static finder (see events/staticfinders)."""
    if PLOTLY_FINDER not in settings.STATICFILES_FINDERS:
        settings.STATICFILES_FINDERS = [*settings.STATICFILES_FINDERS, PLOTLY_FINDER]


@pytest.fixture
def site(live_server, transactional_db, plotly_static) -> str:
    return live_server.url


class Guard:
    """Records what a page must never do: reach another host, log an error."""

    def __init__(self) -> None:
        self.offsite: list[str] = []
        self.console_errors: list[str] = []

    def attach(self, context: BrowserContext) -> None:
        context.route("**/*", self._route)

    def _route(self, route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            self.offsite.append(route.request.url)
            route.abort()

    def watch(self, page: Page) -> None:
        page.on(
            "console",
            lambda message: (
                self.console_errors.append(message.text) if message.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))


@pytest.fixture
def guard() -> Guard:
    return Guard()


def _open(browser: Browser, guard: Guard, **options) -> tuple[BrowserContext, Page]:
    context = browser.new_context(**options)
    guard.attach(context)
    page = context.new_page()
    guard.watch(page)
    return context, page


@pytest.fixture
def page(browser: Browser, site: str, guard: Guard) -> Iterator[Page]:
    context, page = _open(browser, guard, viewport=DESKTOP)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser: Browser, site: str, guard: Guard) -> Iterator[Page]:
    context, page = _open(
        browser, guard, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser: Browser, site: str, guard: Guard) -> Iterator[Page]:
    context, page = _open(browser, guard, viewport=DESKTOP, java_script_enabled=False)
    yield page
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
