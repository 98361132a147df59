/* Site search in Material's own header box and result list, backed by Pagefind.
 *
 * Material's search plugin is off (its single index grows with every page), so
 * this script adds Material's search markup to the header and fills Material's
 * result list from Pagefind, which downloads only the index chunks a query needs.
 * Opened from disk (the offline bundle), pages cannot fetch() files, so the
 * search reads assets/digest-search-index.js instead (written by digest/offline.py).
 *
 * Queries are put in NFC with new-style tone placement (Uỷ -> Ủy, Hoà -> Hòa),
 * as the index is (digest/vietnamese.py canonical_tones), so both spellings
 * find the same pages; Pagefind matches with and without diacritics and ranks
 * exact diacritics first.
 */
(function () {
  "use strict";

  var MAX_RESULTS = 10;
  var RERANK = 20; // results whose text is fetched and reordered by phrase
  var WORDS = {
    search: "Tìm kiếm",
    reset: "Xoá",
    placeholder: "Nhập để bắt đầu tìm kiếm",
    none: "Không tìm thấy tài liệu liên quan",
    one: "1 tài liệu liên quan",
    other: "# tài liệu liên quan",
    failed: "Không tải được bộ tìm kiếm",
  };
  var ICONS = {
    magnify: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>',
    back: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11z"/></svg>',
    close: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg>',
  };

  // Old-style tone on the second vowel of oa/oe/uy with no final consonant
  // (same rule as digest/vietnamese.py _OLD_TONE), applied to NFD text.
  var OLD_TONE = /(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0309\u0303\u0301\u0323])(?!\p{L})/gu;

  function canonicalTones(text) {
    return text.normalize("NFD").replace(OLD_TONE, "$1$3$2").normalize("NFC");
  }

  function fold(text) {
    return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/\p{M}/gu, "");
  }

  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), location.href);
  var header = document.querySelector(".md-header__inner");
  var toggle = document.getElementById("__search");
  if (!header || !toggle) return;

  var box = addSearchBox(header);
  var form = box.querySelector("form");
  var input = form.elements.namedItem("query");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var engine = null;
  var latest = 0;

  function addSearchBox(parent) {
    var button = document.createElement("label");
    button.className = "md-header__button md-icon";
    button.htmlFor = "__search";
    button.title = WORDS.search;
    button.innerHTML = ICONS.magnify;
    var box = document.createElement("div");
    box.className = "md-search";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", WORDS.search);
    box.innerHTML =
      '<label class="md-search__overlay" for="__search"></label>' +
      '<div class="md-search__inner" role="search">' +
      '<form class="md-search__form" name="digest-search">' +
      '<input type="text" class="md-search__input" name="query" aria-label="' + WORDS.search +
      '" placeholder="' + WORDS.search + '" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" required>' +
      '<label class="md-search__icon md-icon" for="__search">' + ICONS.magnify + ICONS.back + "</label>" +
      '<nav class="md-search__options" aria-label="' + WORDS.search + '">' +
      '<button type="reset" class="md-search__icon md-icon" title="' + WORDS.reset + '" aria-label="' + WORDS.reset +
      '" tabindex="-1">' + ICONS.close + "</button></nav></form>" +
      '<div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0">' +
      '<div class="md-search-result" aria-live="polite">' +
      '<div class="md-search-result__meta">' + WORDS.placeholder + "</div>" +
      '<ol class="md-search-result__list" role="presentation"></ol></div></div></div></div>';
    var before = parent.querySelector(".md-header__source");
    parent.insertBefore(button, before);
    parent.insertBefore(box, before);
    return box;
  }

  // Pagefind when served over HTTP; the bundle-time index when opened from disk.
  function loadEngine() {
    if (!engine) {
      engine = location.protocol === "file:" ? inlineEngine() : pagefindEngine();
    }
    return engine;
  }

  function pagefindEngine() {
    return import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
      return pagefind.options({ excerptLength: 24, ranking: { metaWeights: { title: 20 } } }).then(function () {
        return {
          search: function (query) {
            return pagefind.search(query).then(function (found) {
              var top = found.results.slice(0, RERANK);
              return Promise.all(top.map(function (r) { return r.data(); })).then(function (pages) {
                return { total: found.results.length, pages: pages.map(function (page) {
                  return { url: page.url, title: page.meta.title || page.url, text: page.content, excerpt: page.excerpt };
                }) };
              });
            });
          },
        };
      });
    });
  }

  function inlineEngine() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL("assets/digest-search-index.js", root).href;
      script.onload = function () { resolve(offlineSearch(window.DIGEST_SEARCH_INDEX || [])); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  // The offline bundle's matcher: pages holding every query word, diacritics
  // folded, more often first (title words count five times).
  function offlineSearch(pages) {
    var prepared = pages.map(function (page) {
      return { page: page, title: words(fold(page.t)), text: words(fold(page.x)) };
    });
    return {
      search: function (query) {
        var terms = words(fold(query)).trim().split(" ");
        var found = [];
        prepared.forEach(function (p) {
          var hits = 0;
          for (var i = 0; i < terms.length; i++) {
            var n = count(p.text, " " + terms[i] + " ") + 5 * count(p.title, " " + terms[i] + " ");
            if (!n) return;
            hits += n;
          }
          found.push({ p: p, hits: hits });
        });
        found.sort(function (a, b) { return b.hits - a.hits; });
        return Promise.resolve({ total: found.length, pages: found.slice(0, RERANK).map(function (f) {
          var page = f.p.page;
          return { url: new URL(page.u, root).href, title: page.t, text: page.x, excerpt: excerpt(page.x, terms[0]) };
        }) });
      },
    };
  }

  // Vietnamese names and terms are several syllables long, and neither engine
  // looks at word order: pages where the query occurs as a phrase come first,
  // with the exact diacritics before folded ones, in the title before the text.
  function rerank(pages, query) {
    var exact = words(query.toLowerCase()), folded = words(fold(query));
    function score(page) {
      var title = words(page.title.toLowerCase()), text = words((page.text || "").toLowerCase());
      return (title.indexOf(exact) !== -1 ? 8 : 0) + (text.indexOf(exact) !== -1 ? 4 : 0) +
        (fold(title).indexOf(folded) !== -1 ? 2 : 0) + (fold(text).indexOf(folded) !== -1 ? 1 : 0);
    }
    return pages
      .map(function (page, order) { return { page: page, score: score(page), order: order }; })
      .sort(function (a, b) { return b.score - a.score || a.order - b.order; })
      .map(function (ranked) { return ranked.page; });
  }

  // Text as space-separated words with a space at each end, so that indexOf
  // finds whole words only ("57-NQ/TW" -> " 57 nq tw ").
  function words(text) {
    return " " + text.replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim() + " ";
  }

  function count(haystack, needle) {
    var n = 0;
    for (var at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++;
    return n;
  }

  function excerpt(text, term) {
    var at = Math.max(0, fold(text).indexOf(term));
    var start = Math.max(0, at - 60);
    return escape((start ? "…" : "") + text.slice(start, start + 180) + "…");
  }

  function escape(text) {
    return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }

  function show(result) {
    var n = result.total;
    meta.textContent = n === 0 ? WORDS.none : n === 1 ? WORDS.one : WORDS.other.replace("#", n);
    list.innerHTML = result.pages.map(function (page) {
      return '<li class="md-search-result__item"><a href="' + escape(page.url) + '" class="md-search-result__link" tabindex="-1">' +
        '<article class="md-search-result__article md-typeset"><h1>' + escape(page.title) + "</h1>" +
        "<p>" + page.excerpt + "</p></article></a></li>";
    }).join("");
  }

  function run() {
    var query = canonicalTones(input.value.trim());
    var ticket = ++latest;
    if (!query) {
      meta.textContent = WORDS.placeholder;
      list.innerHTML = "";
      return;
    }
    loadEngine()
      .then(function (e) { return e.search(query); })
      .then(function (result) {
        if (ticket !== latest) return;
        show({ total: result.total, pages: rerank(result.pages, query).slice(0, MAX_RESULTS) });
      })
      .catch(function () { if (ticket === latest) meta.textContent = WORDS.failed; });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener("focus", function () { toggle.checked = true; });
  // Enter opens the first result, as in Material's own search.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector(".md-search-result__link");
    if (first) first.click(); else run();
  });

  // Arrow keys walk from the box through the results and back, as in Material.
  function move(step) {
    var stops = [input].concat([].slice.call(list.querySelectorAll(".md-search-result__link")));
    var at = stops.indexOf(document.activeElement);
    stops[(at + step + stops.length) % stops.length].focus();
  }
  form.addEventListener("reset", function () { setTimeout(run, 0); input.focus(); });
  toggle.addEventListener("change", function () { if (toggle.checked) input.focus(); else input.blur(); });
  document.addEventListener("keydown", function (event) {
    var typing = /input|textarea|select/i.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    } else if (toggle.checked && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
      event.preventDefault();
      toggle.checked = true;
      input.focus();
    }
  });
})();
