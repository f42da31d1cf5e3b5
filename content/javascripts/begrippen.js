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
