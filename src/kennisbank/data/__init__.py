"""Data: read the YAML in data/, check it (schemas, references, names, herindelingen) and build the typed model.

Imports only `kennisbank.common`; nothing here knows about pages, addresses or MkDocs."""
