"""Kennisbank Pilotprogramma Veranderopgave Inburgering: data model, validation and site content.

Pure domain logic without MkDocs imports; the MkDocs hooks in `hooks/` adapt it to the build.
"""
