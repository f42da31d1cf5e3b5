"""Views: facts derived from the model (figures, related and nearby records, timeline, comparison, glossary,
search metadata, citations) and the addresses of pages. Imports data and common, never render."""
