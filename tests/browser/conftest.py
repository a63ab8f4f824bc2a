"""Playwright harness: Debian's Chromium against pytest-django's live server.

Playwright's sync API runs an event loop in this thread, which trips Django's async-unsafe check
for the ORM calls the tests make to set up data; the tests do not share connections across
threads, so the check is switched off here (and only for browser tests).
"""

import os
import time
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
        self.in_flight: set = set()

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
        # Playwright tags each handler with an attribute, so builtins like set.add won't do.
        page.on("request", lambda request: self.in_flight.add(request))
        page.on("requestfinished", lambda request: self.in_flight.discard(request))
        page.on("requestfailed", lambda request: self.in_flight.discard(request))

    def drain(self, page: Page, quiet_ms: int = 300, timeout_s: float = 15) -> None:
        """Wait until the page has had no request in flight for `quiet_ms`.

        A test can end while an htmx request it triggered is still being served; the live
        server's thread then holds table locks while the test database is truncated, and
        PostgreSQL breaks the tie as a deadlock. Draining first keeps teardown ordered.
        """
        deadline = time.monotonic() + timeout_s
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            if self.in_flight:
                quiet_since = time.monotonic()
            elif (time.monotonic() - quiet_since) * 1000 >= quiet_ms:
                return
            page.wait_for_timeout(50)


@pytest.fixture
def guard() -> Guard:
    return Guard()


def _open(browser: Browser, guard: Guard, **options) -> tuple[BrowserContext, Page]:
    context = browser.new_context(**options)
    guard.attach(context)
    page = context.new_page()
    guard.watch(page)
    return context, page


def _close(context: BrowserContext, page: Page, guard: Guard) -> None:
    if not page.is_closed():
        guard.drain(page)
    context.close()


@pytest.fixture
def page(browser: Browser, site: str, guard: Guard) -> Iterator[Page]:
    context, page = _open(browser, guard, viewport=DESKTOP)
    yield page
    _close(context, page, guard)


@pytest.fixture
def phone_page(browser: Browser, site: str, guard: Guard) -> Iterator[Page]:
    context, page = _open(
        browser, guard, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    yield page
    _close(context, page, guard)


@pytest.fixture
def no_js_page(browser: Browser, site: str, guard: Guard) -> Iterator[Page]:
    context, page = _open(browser, guard, viewport=DESKTOP, java_script_enabled=False)
    yield page
    _close(context, page, guard)


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
