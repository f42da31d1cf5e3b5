"""The interactive map page's own script and style: what a click, a tap, the Tab key and the jump list do, and
how the page around the map looks (interactive_map draws the map itself with folium)."""

# Each gemeente: a click opens its page; a tap on a touch screen first shows its name (Leaflet opens the tooltip
# on click) and a second tap on the same gemeente opens the page. Each shape is focusable with the Tab key and
# announced by name (Leaflet opens the tooltip on focus); Enter opens the page.
ON_EACH_GEMEENTE = (
    "function (feature, layer) {"
    " var p = feature.properties;"
    " (window.kbLagen = window.kbLagen || {})[p.code] = layer;"  # for the jump list (JUMP_SCRIPT)
    " function open() { window.location.href = new URL(p.url, document.baseURI).href; }"
    " layer.on('click', function (e) {"
    "  var oe = e.originalEvent || {};"
    "  var touch = oe.pointerType === 'touch' || (oe.sourceCapabilities && oe.sourceCapabilities.firesTouchEvents);"
    "  if (touch && window.kbGetikt !== layer) { window.kbGetikt = layer; return; }"
    "  if (p.url) open(); });"
    " layer.on('add', function () {"
    "  var el = layer.getElement(); if (!el) return;"
    "  el.setAttribute('tabindex', '0'); el.setAttribute('role', p.url ? 'link' : 'img');"
    "  el.setAttribute('aria-label', new DOMParser().parseFromString(p.naam + ': ' + p.deelname, 'text/html')"
    "   .documentElement.textContent);"
    "  el.addEventListener('keydown', function (e) { if (e.key === 'Enter' && p.url) open(); }); });"
    "}"
)


# The jump list: choose a gemeente, and the map zooms to it, names it and puts the keyboard focus on it (Enter
# then opens its page), so nobody has to tab through 355 shapes. It needs the map's script, so it shows with it.
JUMP_SCRIPT = (
    "document.addEventListener('DOMContentLoaded', function () {"
    " var form = document.getElementById('kb-ganaar'), select = document.getElementById('kb-ganaar-keuze');"
    " form.hidden = false;"
    " form.addEventListener('submit', function (e) { e.preventDefault();"
    "  var layer = (window.kbLagen || {})[select.value]; if (!layer) { select.focus(); return; }"
    "  %(map)s.getContainer().scrollIntoView({block: 'nearest'});"  # on a phone the map starts below the fold
    "  %(map)s.fitBounds(layer.getBounds(), {maxZoom: 10});"
    "  var el = layer.getElement(); if (el) el.focus({preventScroll: true}); layer.openTooltip(); }); });"
)


STYLE = (
    "<style>body{margin:0;font:16px/1.5 sans-serif;color:#1f1f1f}"
    ".kb-kop{padding:.5rem 1rem}.kb-kop h1{font-size:1.25rem;margin:0 0 .25rem}.kb-kop p{margin:0}"
    ".kb-kop a{color:#0b5a9c}.kb-terug{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 0 .25rem}"
    ".kb-terug a{display:inline-block;padding:.25rem 0}"
    ".kb-legenda-kop{font-size:1rem;margin:.5rem 0 0}"
    ".kb-legenda{display:flex;flex-wrap:wrap;gap:.125rem 1rem;list-style:none;margin:.25rem 0 0;padding:0;"
    "font-size:.875rem}.kb-legenda li{display:flex;align-items:center;gap:.375rem}"
    ".leaflet-container{background:#ffffff !important}"
    ".leaflet-container .leaflet-control-attribution a{color:#0b5a9c}"
    ".leaflet-container path.leaflet-interactive:focus{outline:none;stroke:#000000;stroke-width:3px}"
    ".kb-ganaar{margin:.25rem 0}.kb-ganaar select,.kb-ganaar button{font:inherit;padding:.125rem .25rem}"
    ".leaflet-tooltip{font-size:.875rem}.kb-kop summary{cursor:pointer;color:#0b5a9c;padding:.25rem 0}"
    "@media (max-width:40em){.kb-kop{font-size:.875rem}.kb-kop h1{font-size:1.0625rem}"
    ".kb-legenda{display:grid;grid-template-columns:1fr 1fr;gap:.125rem .5rem;font-size:.75rem}"
    ".kb-legenda li{align-items:flex-start}.kb-legenda svg{flex:none;width:12px;height:12px;margin-top:.2em}}</style>"
)
