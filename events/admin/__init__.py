from events.admin import actors, events, places, statements  # noqa: F401  (registers the admins)
