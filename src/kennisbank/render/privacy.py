"""The site's privacy rule as a Content-Security-Policy: everything comes from the site itself.

Inline scripts and styles stay allowed because Material and folium write them; what the policy
forbids is any script, style, font, image, frame or connection from another host. Pagefind needs
WebAssembly ('wasm-unsafe-eval'); fonts, connections, frames and workers fall back to default-src (the
site has no fonts of its own; Pagefind runs without its worker).
"""

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"
)


def csp_meta() -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
