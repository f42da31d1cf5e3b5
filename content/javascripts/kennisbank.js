// The site's own behaviour on every page: the menu button and closing a glossary explanation.

// The header's menu button (overrides/partials/header.html) opens and closes Material's drawer, a checkbox that
// its CSS shows and hides, and says whether it is open. Without JavaScript the label next to it does this.
const menuButton = document.querySelector(".kb-menuknop");
const drawer = document.getElementById("__drawer");
if (menuButton && drawer) {
  menuButton.addEventListener("click", () => {
    drawer.checked = !drawer.checked;
    drawer.dispatchEvent(new Event("change"));
    menuButton.setAttribute("aria-expanded", String(drawer.checked));
  });
}

// Glossary explanations (kennisbank.glossary) appear with CSS on hover and keyboard focus. WCAG 1.4.13
// asks that such content can also be closed without moving the pointer or the focus: Escape hides the
// open explanation; it shows again when the focus or the pointer next comes to its term.
const CLOSED = "kb-begrip--dicht";

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".kb-begrip").forEach((term) => {
    if (term.matches(":hover") || term.contains(document.activeElement)) term.classList.add(CLOSED);
  });
});

document.addEventListener("focusin", (event) => {
  const term = event.target.closest && event.target.closest(".kb-begrip");
  if (term) term.classList.remove(CLOSED);
});

document.addEventListener("mouseover", (event) => {
  const term = event.target.closest && event.target.closest(".kb-begrip");
  // Only when the pointer comes in from outside the term, not when it moves within it.
  if (term && !term.contains(event.relatedTarget)) term.classList.remove(CLOSED);
});

// A term near the right edge would push its explanation out of the window: shift it left until it fits.
// (On a phone the explanation is fixed at the bottom of the screen and needs no shift.)
const MARGIN = 8;
function keepInView(term) {
  const tip = term.querySelector(".kb-begrip-uitleg");
  if (!tip) return;
  tip.style.left = "";
  if (getComputedStyle(tip).position !== "absolute") return;
  const box = tip.getBoundingClientRect();
  const room = document.documentElement.clientWidth - MARGIN;
  if (box.width && box.right > room) tip.style.left = `${Math.min(0, room - box.right)}px`;
}

document.addEventListener("focusin", (event) => {
  const term = event.target.closest && event.target.closest(".kb-begrip");
  if (term) keepInView(term);
});

document.addEventListener("mouseover", (event) => {
  const term = event.target.closest && event.target.closest(".kb-begrip");
  if (term && !term.contains(event.relatedTarget)) keepInView(term);
});
