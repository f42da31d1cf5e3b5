// Glossary explanations (kennisbank.glossary) appear with CSS on hover and keyboard focus. WCAG 1.4.13
// asks that such content can also be closed without moving the pointer or the focus: Escape hides the
// open explanation until the pointer and the focus have both left its term.
const CLOSED = "kb-begrip--dicht";

function stillInUse(term) {
  return term.matches(":hover") || term.contains(document.activeElement);
}

function reopenWhenLeft(event) {
  const term = event.currentTarget;
  // After focusout the new focus is not yet known: look once the event has finished.
  window.setTimeout(() => {
    if (stillInUse(term)) return;
    term.classList.remove(CLOSED);
    term.removeEventListener("mouseleave", reopenWhenLeft);
    term.removeEventListener("focusout", reopenWhenLeft);
  }, 0);
}

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".kb-begrip").forEach((term) => {
    if (!stillInUse(term) || term.classList.contains(CLOSED)) return;
    term.classList.add(CLOSED);
    term.addEventListener("mouseleave", reopenWhenLeft);
    term.addEventListener("focusout", reopenWhenLeft);
  });
});
