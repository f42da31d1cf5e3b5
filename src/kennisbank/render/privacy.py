"""The site's privacy rule as a Content-Security-Policy: everything comes from the site itself.

Inline scripts and styles stay allowed because Material and folium write them; what the policy
forbids is any script, style, font, image, frame or connection from another host. Pagefind needs
WebAssembly ('wasm-unsafe-eval') and a worker.
"""

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "frame-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'"
)


def csp_meta() -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
