"""Editor tools: the `kennisbank` command line, scaffolding of new records, and the messages an editor
reads (MkDocs' log in Dutch, the preview's error page)."""
