"""The MkDocs adapter: the only code that imports mkdocs. Its events call into the package; it also keeps
the preview's page cache and publishes a build only when it is whole (staging)."""
