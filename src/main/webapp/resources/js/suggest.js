// Autocomplete for the search boxes: thesaurus terms and titles from /api/search/suggest, offered
// through the page's <datalist>. Without JavaScript the boxes still search.
(function () {
  "use strict";
  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-suggest");
    if (!list || !url || !window.fetch) {
      return;
    }
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var typed = input.value.trim();
        if (typed.length < 1 || typed === asked) {
          return;
        }
        asked = typed;
        fetch(url + "?q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            if (asked !== typed) {
              return;
            }
            while (list.firstChild) {
              list.removeChild(list.firstChild);
            }
            suggestions.forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.text;
              list.appendChild(option);
            });
            list.setAttribute("data-for", typed);
          })
          .catch(function () { /* suggestions are a help, not a need */ });
      }, 150);
    });
  }
  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
