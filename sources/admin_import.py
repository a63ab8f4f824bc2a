"""The admin's "Import articles" page: upload → preview → confirm or cancel → summary.

Wiring (in SourceAdmin):
    def get_urls(self):
        return import_urls(self.admin_site) + super().get_urls()
and a link to reverse("admin:sources_source_import") on the change list.

Works without JavaScript. The preview and the summary are streamed: the browser shows each
file as soon as it is processed, so a long import shows its progress as it goes.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, path, reverse
from django.views.decorators.http import require_http_methods, require_POST

from sources.importer import limits, uploads
from sources.importer.results import FileOutcome, ImportSummary, RecordRef, Status
from sources.importer.service import ImportService

PERMISSION = "sources.import_articles"
FILES_MARKER = "<!--import-files-->"
ADMIN_APP = {"source": "sources"}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field; empty files pass here and are reported per file later."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.zip"}))
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        files = data if isinstance(data, list | tuple) else [data]
        return [single(f, initial) for f in files if f]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label="Articles",
        help_text="One or more .txt files, or .zip archives of them. " + limits.describe(),
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        if not files:
            raise forms.ValidationError("Choose at least one file.")
        if len(files) > limits.MAX_FILES_PER_IMPORT:
            raise forms.ValidationError(
                f"At most {limits.MAX_FILES_PER_IMPORT} files at once: put more in a .zip."
            )
        return files


def import_urls(admin_site) -> list:
    """URL patterns to add to SourceAdmin.get_urls() (they live under sources/source/)."""

    def wrap(view):
        return admin_site.admin_view(_requires_permission(view, admin_site))

    return [
        path("import/", wrap(upload_view), name="sources_source_import"),
        path("import/<str:token>/", wrap(preview_view), name="sources_source_import_preview"),
        path(
            "import/<str:token>/confirm/",
            wrap(confirm_view),
            name="sources_source_import_confirm",
        ),
        path("import/<str:token>/cancel/", wrap(cancel_view), name="sources_source_import_cancel"),
    ]


def _requires_permission(view, admin_site):
    def wrapped(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied("You may not import articles.")
        request.admin_site = admin_site
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    return wrapped


def _context(request, title: str, **extra) -> dict:
    from sources.models import Source

    return {
        **request.admin_site.each_context(request),
        "title": title,
        "opts": Source._meta,
        **extra,
    }


def _remember(request, token: str) -> None:
    tokens = [t for t in request.session.get(uploads.SESSION_KEY, []) if t != token]
    request.session[uploads.SESSION_KEY] = [*tokens[-19:], token]


def _forget(request, token: str) -> None:
    tokens = request.session.get(uploads.SESSION_KEY, [])
    request.session[uploads.SESSION_KEY] = [t for t in tokens if t != token]


def _stored(request, token: str):
    if token not in request.session.get(uploads.SESSION_KEY, []):
        return None
    return uploads.load(token, request.user.pk)


def _gone(request):
    messages.warning(
        request, "That upload has expired or was already imported or cancelled. Upload again."
    )
    return HttpResponseRedirect(reverse("admin:sources_source_import"))


@require_http_methods(["GET", "POST"])
def upload_view(request):
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if request.method == "POST" and form.is_valid():
        stored = uploads.store(form.cleaned_data["files"], request.user.pk)
        _remember(request, stored.token)
        return HttpResponseRedirect(
            reverse("admin:sources_source_import_preview", args=[stored.token])
        )
    return render(
        request, "admin/sources/import_upload.html", _context(request, "Import articles", form=form)
    )


@require_http_methods(["GET"])
def preview_view(request, token: str):
    stored = _stored(request, token)
    if stored is None:
        return _gone(request)
    service = ImportService(user=request.user)
    return _stream(
        request,
        "admin/sources/import_preview.html",
        _context(request, "Preview the import", token=token, names=stored.names),
        service.iter_preview(stored.items()),
        footer="admin/sources/import_preview_footer.html",
    )


@require_POST
def confirm_view(request, token: str):
    stored = _stored(request, token)
    if stored is None:
        return _gone(request)
    # Forget the token before anything runs: a second click cannot import twice.
    _forget(request, token)
    service = ImportService(user=request.user)

    def run():
        try:
            yield from service.iter_import(stored.items())
        finally:
            stored.discard()

    return _stream(
        request,
        "admin/sources/import_summary.html",
        _context(request, "Import summary"),
        run(),
        footer="admin/sources/import_summary_footer.html",
    )


@require_POST
def cancel_view(request, token: str):
    stored = _stored(request, token)
    _forget(request, token)
    if stored is not None:
        stored.discard()
    messages.info(request, "Import cancelled: nothing was stored.")
    return HttpResponseRedirect(reverse("admin:sources_source_changelist"))


def record_url(ref: RecordRef | None) -> str:
    """The admin page of a record if the admin has one, else its public page, else ''."""
    if ref is None:
        return ""
    app = ADMIN_APP.get(ref.model, "events")
    try:
        return reverse(f"admin:{app}_{ref.model}_change", args=[ref.pk])
    except NoReverseMatch:
        return ""


def _file_context(outcome: FileOutcome, number: int) -> dict:
    return {
        "file": outcome,
        "number": number,
        "source_url": record_url(outcome.source),
        "links": [(ref, record_url(ref)) for ref in outcome.records],
        "matches": [
            (plan, record_url(plan.match))
            for plan in (outcome.preview.events if outcome.preview else [])
        ],
        "Status": Status,
    }


def _stream(request, template: str, context: dict, outcomes, footer: str):
    """Render the page around the list of files, then each file as soon as it is done."""
    context = {**context, "csrf_token": get_token(request), "files_marker": FILES_MARKER}
    page = render_to_string(template, context, request=request)
    head, _, tail = page.partition(FILES_MARKER)

    def chunks():
        yield head
        summary = ImportSummary()
        for outcome in outcomes:
            summary.add(outcome)
            yield render_to_string(
                "admin/sources/import_file.html",
                _file_context(outcome, len(summary.files)),
                request=request,
            )
        yield render_to_string(footer, {**context, "summary": summary}, request=request)
        yield tail

    response = StreamingHttpResponse(chunks(), content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-store"
    # Proxies that buffer would hide the progress.
    response["X-Accel-Buffering"] = "no"
    return response
