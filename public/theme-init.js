// Runs before the page paints (a classic, blocking script in <head>; no inline script, for the
// Content-Security-Policy): applies the theme the reader chose with the toggle, if any. Without a
// stored choice nothing is set and the CSS follows the system's light or dark setting.
(function () {
  // Controls that need JavaScript (theme switch, search) are laid out from the first paint.
  document.documentElement.setAttribute("data-js", "");
  // An example's text version ("The example in words") is open in the HTML for readers without
  // JavaScript; with it, it is a closed disclosure, closed here before the first paint of the
  // article (src/text/InWords.tsx keeps it closed once its example is hydrated).
  document.addEventListener("DOMContentLoaded", function () {
    var open = document.querySelectorAll(".in-words > details[open]");
    for (var i = 0; i < open.length; i++) open[i].open = false;
  });
  // An embed page may be given its theme by the page that frames it: /embed/…?theme=dark.
  var forced = /\/embed\//.test(location.pathname) && new URLSearchParams(location.search).get("theme");
  if (forced === "light" || forced === "dark") {
    document.documentElement.dataset.theme = forced;
    return;
  }
  try {
    var theme = localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch {
    // Storage blocked (private mode, disabled cookies): follow the system setting.
  }
})();
