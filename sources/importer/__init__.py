"""The article import: reading uploads (archive), extracting and writing them (service,
persist), and reporting per file (results). The admin page and the `import_articles`
command are thin callers of `service.ImportService`."""
