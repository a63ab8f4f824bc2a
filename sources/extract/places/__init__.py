"""Place mentions: which gazetteer places an article names, and as what (province, city, district).

The gazetteer decides; spaCy's entity labels are not used here because the small model tags
Herat as an organisation and Lashkar Gah as a person.
"""

from sources.extract.places.entries import GazetteerEntry
from sources.extract.places.gazetteer import Gazetteer

__all__ = ["Gazetteer", "GazetteerEntry"]
