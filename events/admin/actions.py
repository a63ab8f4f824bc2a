"""Bulk actions shared by the editors' change lists: review, reject, merge."""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.template.response import TemplateResponse

from sources.review import ReviewStatus


@admin.action(description="Mark selected as reviewed", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    n = queryset.mark(ReviewStatus.REVIEWED, request.user)
    modeladmin.message_user(request, f"{n} marked as reviewed.", messages.SUCCESS)


@admin.action(description="Reject selected (hide from readers)", permissions=["change"])
def reject(modeladmin, request, queryset):
    n = queryset.mark(ReviewStatus.REJECTED, request.user)
    modeladmin.message_user(request, f"{n} rejected.", messages.SUCCESS)


def merge_action(merge_function, noun: str):
    """An action that asks which record stays, then folds the others into it."""

    @admin.action(description=f"Merge selected {noun} into one…", permissions=["change"])
    def merge(modeladmin, request, queryset):
        objects = list(queryset.order_by("pk"))
        if len(objects) < 2:
            modeladmin.message_user(
                request, "Select at least two records to merge.", messages.ERROR
            )
            return None
        keep_pk = request.POST.get("keep")
        if request.POST.get("confirm") == "yes" and keep_pk:
            keep = next((o for o in objects if str(o.pk) == keep_pk), None)
            if keep is None:
                modeladmin.message_user(
                    request, "Choose one of the selected records.", messages.ERROR
                )
                return None
            others = [o for o in objects if o.pk != keep.pk]
            names = ", ".join(str(o) for o in others)
            merge_function(keep, others)
            modeladmin.log_change(request, keep, f"Merged {names} into this record.")
            modeladmin.message_user(
                request, f"Merged {len(others)} {noun} into “{keep}”.", messages.SUCCESS
            )
            return None
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": f"Merge {noun}",
            "objects": objects,
            "opts": modeladmin.model._meta,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "action": request.POST.get("action"),
            "noun": noun,
        }
        return TemplateResponse(request, "admin/events/merge_confirm.html", context)

    merge.__name__ = f"merge_{noun.replace(' ', '_')}"
    return merge
