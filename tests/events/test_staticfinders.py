"""plotly.js is served from the installed plotly package, never from a CDN or a copy in the repo."""

from django.contrib.staticfiles import finders

from events.staticfinders import STATIC_PATH, PlotlyJsFinder


def test_the_finder_finds_plotly_js_in_the_plotly_package():
    found = PlotlyJsFinder().find(STATIC_PATH)

    assert found.endswith("plotly/package_data/plotly.min.js")
    with open(found, encoding="utf-8") as js:
        assert "plotly.js" in js.read(400)


def test_the_finder_answers_nothing_else():
    finder = PlotlyJsFinder()

    assert finder.find("vendor/other.js") is None
    assert finder.find("vendor/other.js", find_all=True) == []
    assert [path for path, _ in finder.list(None)] == ["plotly.min.js"]


def test_collectstatic_and_whitenoise_see_it_under_vendor(settings):
    settings.STATICFILES_FINDERS = [
        *settings.STATICFILES_FINDERS,
        "events.staticfinders.PlotlyJsFinder",
    ]

    [(path, storage)] = list(PlotlyJsFinder().list(None))

    assert f"{storage.prefix}/{path}" == STATIC_PATH
    assert finders.find(STATIC_PATH).endswith("plotly.min.js")
