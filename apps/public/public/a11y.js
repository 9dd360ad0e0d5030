/* global document, localStorage */
// Applies the reader's text size and contrast choice (A11yControls.vue) before the first paint, and marks
// that scripts run (the phone menu folds only then). A file, not inline: the CSP allows no inline script.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var a = JSON.parse(localStorage.getItem('congxa.a11y') || '{}');
    if (a.size === 1) root.classList.add('text-lg');
    if (a.size === 2) root.classList.add('text-xl');
    if (a.contrast) root.classList.add('contrast');
  } catch {
    /* no storage: defaults */
  }
})();
