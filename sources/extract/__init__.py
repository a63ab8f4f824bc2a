"""From article text to candidate records. Pure Python: nothing here touches the database.

The import service (sources.importer) turns an `Extraction` into rows.
"""

EXTRACTOR_VERSION = "0.1.0"
