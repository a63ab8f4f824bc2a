"""From article text to candidate records. Pure Python: nothing here touches the database.

The import service (sources.importer) turns an `Extraction` into rows.
"""

# Raised when the rules change what an article gives, so that editors can tell which sources an
# older extractor read (and re-extract them). 0.2.0: blind rounds 4-6, language check.
EXTRACTOR_VERSION = "0.2.0"
