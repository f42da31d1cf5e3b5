"""Common: small text helpers (Dutch counts, dates, order, slugs) that every room may use; imports nothing of ours."""
