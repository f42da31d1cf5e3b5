"""Render: the site's pages, maps, SVG, tables and downloads from the model and its views (templates in
`templates/`). Imports views, data and common; never MkDocs."""
