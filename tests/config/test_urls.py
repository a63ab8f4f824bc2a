from django.contrib.staticfiles import finders


def test_favicon_requests_are_answered_by_the_apps_own_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
    assert finders.find("img/favicon.svg")
