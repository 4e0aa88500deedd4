/* Plainly's page for writers: plain JavaScript, no build step, no libraries.
 *
 * Everything the writer typed, and everything the server sends back, is put into the page
 * with textContent or as attribute values: never as HTML.  The report's offsets count
 * Unicode code points (Python's), so they are converted to JavaScript's UTF-16 indices.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 600;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var GAUGE_MAX = 18;
  var SCORES = [
    ["flesch_kincaid_grade", "Flesch-Kincaid grade", "US grade"],
    ["flesch_reading_ease", "Flesch Reading Ease", "0-100, higher is easier"],
    ["smog", "SMOG", "US grade"],
    ["gunning_fog", "Gunning Fog", "US grade"],
    ["coleman_liau", "Coleman-Liau", "US grade"],
    ["ari", "Automated Readability Index", "US grade"],
    ["dale_chall", "New Dale-Chall", "score, lower is easier"],
    ["forcast", "FORCAST", "US grade"],
    ["sol", "SOL (Spanish SMOG)", "US grade"],
    ["fernandez_huerta", "Fernández-Huerta", "0-100, higher is easier"],
    ["szigriszt_pazos", "Szigriszt-Pazos (INFLESZ)", "0-100, higher is easier"],
    ["smog_es", "SMOG on the Spanish text", "US grade"]
  ];
  var NAMES = {
    "grade-above-target": "Reading grade above target",
    "long-sentence": "Long sentence",
    "passive-voice": "Passive voice",
    "jargon": "Jargon",
    "undefined-abbreviation": "Abbreviation not spelled out",
    "rare-word": "Uncommon word",
    "jargon-density": "Too much jargon",
    "simpler-word": "Plainer word",
    "stacked-jargon": "Several hard terms in one sentence",
    "no-words": "No words",
    "main-message-late": "Main message not up front",
    "no-summary": "No key points",
    "no-action": "No action for the reader",
    "actions-not-listed": "Actions not in a list",
    "no-help-contact": "Not said whom to contact",
    "reader-not-addressed": "Reader not addressed",
    "unclear-number": "Number readers may not use",
    "risk-without-baseline": "Risk without its baseline",
    "section-structure": "Long section or vague heading",
    "series-not-listed": "Series not in a list"
  };

  var CHECK_MARKS = {
    met: ["\u2713", "Met"],
    not_met: ["\u2717", "Not met"],
    not_applicable: ["\u2013", "Does not apply"]
  };

  var BANDS = { common: "Common words", mid: "Less common words", rare: "Rare words" };
  var LANGUAGES = { en: "English", es: "Spanish" };
  var TARGET_RANGE = [1, 20];

  var state = {
    report: null,
    analysedText: null,
    seq: 0,
    controller: null,
    timer: null,
    lastSummary: "",
    undo: null  // {before, after}: the text before the last apply and what it made
  };

  var $ = function (id) { return document.getElementById(id); };
  var ui = {};

  /* ---- small DOM helpers: text only, never HTML ---- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function fmt(value, digits) {
    if (value === null || value === undefined || !isFinite(value)) { return "-"; }
    return Number(value).toFixed(digits === undefined ? 1 : digits);
  }

  function clip(text, max) {
    var clean = String(text).replace(/\s+/g, " ").trim();
    return clean.length > max ? clean.slice(0, max - 1) + "\u2026" : clean;
  }

  function say(message, isError) {
    ui.status.textContent = message;
    ui.status.classList.toggle("is-error", Boolean(isError));
  }

  function ruleName(name) {
    if (NAMES[name]) { return NAMES[name]; }
    var words = String(name || "").replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function thousands(number) {
    return String(Math.round(number)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function languageList() {
    var names = Array.prototype.map.call(ui.lang.options, function (option) {
      return option.value in LANGUAGES ? LANGUAGES[option.value] : null;
    }).filter(Boolean);
    return names.length > 1 ? names.slice(0, -1).join(", ") + " and " + names[names.length - 1] :
      names.join("");
  }

  /* The message at the top of the results: why there are none (an error, a text in another
     language), with an optional button. */
  function showAlert(message, action) {
    ui.alertMessage.textContent = message;
    clear(ui.alertActions);
    if (action) {
      var button = el("button", "button", action[0]);
      button.type = "button";
      button.addEventListener("click", action[1]);
      ui.alertActions.appendChild(button);
    }
    ui.alert.hidden = false;
  }

  function hideAlert() {
    ui.alert.hidden = true;
    ui.alertMessage.textContent = "";
    clear(ui.alertActions);
  }

  /* A check that could not be made: the last results are of another text, so they go. */
  function fail(message, action) {
    state.report = null;
    state.analysedText = null;
    renderEmpty();
    setSummary("No reading grade: see the message above.", "");
    showAlert(message, action);
    say("Not checked: see the message above the results.", true);
  }

  /* ---- offsets: code points (server) to UTF-16 indices (browser) ---- */

  function offsetMap(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      return function (cp) { return cp; };
    }
    var map = [];
    var index = 0;
    for (var cp = 0; index < text.length; cp++) {
      map.push(index);
      var code = text.charCodeAt(index);
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
    }
    map.push(text.length);
    return function (point) { return point < map.length ? map[point] : text.length; };
  }

  /* ---- talking to the API ---- */

  function headers(json) {
    var result = {};
    if (json) { result["Content-Type"] = "application/json"; }
    var key = $("api-key");
    if (key && key.value.trim()) { result.Authorization = "Bearer " + key.value.trim(); }
    return result;
  }

  function tooLong(what) {
    var limit = Number(document.body.getAttribute("data-max-chars")) || 250000;
    var words = Number(document.body.getAttribute("data-max-words")) || Math.round(limit / 6);
    return "This text is too long to check here" + (what ? ": " + what : "") + ". Plainly checks " +
      "up to about " + thousands(limit) + " characters (about " + thousands(words) +
      " words) at a time. Check it in parts, such as one section at a time.";
  }

  /* The language a message of the engine names: "looks like French (fr)". */
  function languageNamed(message) {
    var match = /looks like (.+?) \(([A-Za-z0-9-]+)\)/.exec(message || "");
    return match ? { name: match[1], code: match[2] } : null;
  }

  function unscoredMessage(language) {
    return (language ? "This text looks like " + language.name : "This text does not look like " +
      languageList()) + ". Plainly scores " + languageList() + " only, so it has no reading " +
      "grade here. If it is in " + languageList().replace(" and ", " or ") +
      ", choose its language under Settings.";
  }

  function errorMessage(response, body) {
    var code = body && body.error ? body.error.code : null;
    switch (code) {
      case "unauthorized":
        return "This server needs an API key: enter it under Settings.";
      case "payload_too_large": case "over_budget": case "too_large":
        return tooLong("");
      case "unsupported_language":
        return unscoredMessage(languageNamed(body.error.message));
      case "no_language":
        return "Plainly found no words in this text to tell its language from. Add some " +
          "text, or choose its language under Settings.";
      case "deadline_exceeded":
        return "Checking this text took too long. Try again in a moment, or check a shorter part.";
      case "rate_limited":
        return "Too many checks in a short time. Wait a minute and try again.";
      default:
        if (body && body.error && body.error.message) { return body.error.message; }
    }
    if (response.status === 413) { return tooLong(""); }
    return "The server answered " + response.status + ". Try again in a moment.";
  }

  /* The settings as the API takes them, or the first one out of range. */
  function readOptions() {
    var problems = [];
    var target = numberIn(ui.target, TARGET_RANGE[0], TARGET_RANGE[1], ui.targetError,
      "Enter a target grade from " + TARGET_RANGE[0] + " to " + TARGET_RANGE[1] + ".", problems);
    var jargon = numberIn(ui.jargon, 0, 100, ui.jargonError,
      "Enter a jargon threshold from 0 to 100 (%).", problems);
    if (problems.length) { return { error: problems[0] }; }
    return { target_grade: target, jargon_threshold: Math.round(jargon * 10) / 1000 };
  }

  function numberIn(input, low, high, error, message, problems) {
    var raw = input.value.trim();
    var value = raw === "" ? NaN : Number(raw);
    var ok = isFinite(value) && value >= low && value <= high;
    var described = (input.getAttribute("aria-describedby") || "").split(" ")
      .filter(function (id) { return id && id !== error.id; });
    if (ok) {
      input.removeAttribute("aria-invalid");
      error.hidden = true;
      error.textContent = "";
    } else {
      input.setAttribute("aria-invalid", "true");
      error.textContent = message;
      error.hidden = false;
      described.push(error.id);
      problems.push(message);
    }
    input.setAttribute("aria-describedby", described.join(" "));
    return value;
  }

  /* Code points, as the server counts characters. */
  function characters(text) {
    var pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
    return text.length - (pairs ? pairs.length : 0);
  }

  function utf8Bytes(text) {
    return window.TextEncoder ? new TextEncoder().encode(text).length : new Blob([text]).size;
  }

  function readJson(response) {
    return response.json().catch(function () { return null; });
  }

  function schedule() {
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(analyse, DEBOUNCE_MS);
  }

  function analyse() {
    window.clearTimeout(state.timer);
    var text = ui.text.value;
    if (state.controller) { state.controller.abort(); }
    if (!text.trim()) {
      state.report = null;
      state.analysedText = null;
      renderEmpty();
      readOptions();
      say("");
      return Promise.resolve();
    }
    var seq = ++state.seq;
    ui.results.removeAttribute("aria-busy");
    var options = readOptions();
    if (options.error) {
      fail(options.error + " Then Plainly checks the text again.");
      return Promise.resolve();
    }
    var payload = { text: text, lang: ui.lang.value, format: ui.format.value,
      variant: ui.variant.value, target_grade: options.target_grade,
      jargon_threshold: options.jargon_threshold };
    var body = JSON.stringify(payload);
    var limit = Number(document.body.getAttribute("data-max-chars")) || 250000;
    var upload = Number(document.body.getAttribute("data-max-upload")) || 1048576;
    var length = characters(text);
    if (length > limit || utf8Bytes(body) > upload) {
      fail(tooLong("it has " + thousands(length) + " characters"));
      return Promise.resolve();
    }
    var controller = window.AbortController ? new AbortController() : null;
    state.controller = controller;
    ui.results.setAttribute("aria-busy", "true");
    say("Checking\u2026");
    var post = function (json) {
      return fetch("/v1/analyze", {
        method: "POST",
        headers: headers(true),
        body: json,
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        return readJson(response).then(function (answer) {
          return { response: response, body: answer };
        });
      });
    };
    return post(body).then(function (first) {
      if (seq !== state.seq) { return null; }
      if (!first.response.ok || !looksForeign(first.body, payload.lang)) { return [first, null]; }
      /* Most of the text is in another language: ask which, as lang=auto does. */
      payload.lang = "auto";
      return post(JSON.stringify(payload)).then(function (second) { return [first, second]; },
        function (error) {
          if (error && error.name === "AbortError") { throw error; }
          return [first, null];
        });
    }).then(function (answers) {
      if (!answers || seq !== state.seq) { return; }
      ui.results.removeAttribute("aria-busy");
      var first = answers[0], second = answers[1];
      if (!first.response.ok) { fail(errorMessage(first.response, first.body)); return; }
      if (second && !second.response.ok && second.body && second.body.error &&
          second.body.error.code === "unsupported_language") {
        fail(unscoredMessage(languageNamed(second.body.error.message) ||
          foreignNamed(first.body)));
        say("Not graded: the text is not in " + languageList() + ".", true);
        return;
      }
      if (second && second.response.ok && second.body && second.body.lang &&
          second.body.lang !== ui.lang.value && second.body.lang in LANGUAGES) {
        var other = second.body.lang;
        var chosen = LANGUAGES[ui.lang.value] || ui.lang.value;
        fail("This text looks like " + LANGUAGES[other] + ", but Language is set to " + chosen +
          ", so its grade and hard words would be wrong. Choose " + LANGUAGES[other] +
          " under Settings, or check it as " + LANGUAGES[other] + " here.",
          ["Check as " + LANGUAGES[other], function () {
            ui.lang.value = other;
            analyse();
          }]);
        say("Not graded: the text looks like " + LANGUAGES[other] + ".", true);
        return;
      }
      hideAlert();
      state.report = first.body;
      state.analysedText = text;
      render();
      say("Checked.");
    }).catch(function (error) {
      if (error && error.name === "AbortError") { return; }
      if (seq === state.seq) {
        ui.results.removeAttribute("aria-busy");
        fail("Could not reach the server. Check your connection and try again.");
      }
    });
  }

  /* Whether the engine found most of the text in another language: as ``plainly check``
     reads a report, a note with words measured and no sentences of other languages listed
     (those it leaves out of a text in its own language) is its "Most of this text looks
     like …". */
  function looksForeign(report, lang) {
    return lang !== "auto" && Boolean(report) && Boolean(report.counts && report.counts.words) &&
      Array.isArray(report.notes) && report.notes.length > 0 &&
      !(Array.isArray(report.other_languages) && report.other_languages.length);
  }

  function foreignNamed(report) {
    var found = null;
    (report.notes || []).forEach(function (note) { found = found || languageNamed(note); });
    return found;
  }

  /* ---- rendering the report ---- */

  function renderEmpty() {
    hideAlert();
    var target = parseFloat(ui.target.value);
    drawGauge(null, target >= TARGET_RANGE[0] && target <= TARGET_RANGE[1] ? target : 8);
    setSummary("Paste some text to see its reading grade.", "");
    clear(ui.scores);
    ui.counts.textContent = "";
    clear(ui.heat);
    clear(ui.marked);
    clear(ui.findings);
    ui.findingCount.textContent = "";
    ui.jargonCard.hidden = true;
    ui.notesCard.hidden = true;
    ui.communicationCard.hidden = true;
    ui.applyAll.disabled = true;
  }

  function render() {
    var report = state.report;
    var readability = report.readability || {};
    drawGauge(readability.grade, readability.target_grade);
    renderSummary(readability);
    renderCommunication(report.communication);
    renderScores(readability.scores || {}, report.counts || {});
    renderHeat(report.sentences || [], readability.target_grade);
    renderMarked();
    renderFindings();
    renderJargon(report.jargon);
    renderNotes(report.notes || []);
  }

  function setSummary(text, kind) {
    ui.summary.classList.toggle("is-over", kind === "over");
    ui.summary.classList.toggle("is-met", kind === "met");
    if (text !== state.lastSummary) {
      ui.summary.textContent = text;
      state.lastSummary = text;
    }
  }

  function renderSummary(readability) {
    var grade = readability.grade;
    var target = readability.target_grade;
    if (grade === null || grade === undefined) {
      setSummary("No reading grade: the text has no sentences to measure.", "");
      return;
    }
    if (readability.meets_target) {
      setSummary("Reading grade " + fmt(grade) + ": meets your target of " + fmt(target) + ".", "met");
    } else {
      setSummary("Reading grade " + fmt(grade) + ": above your target of " + fmt(target) +
        " by " + fmt(grade - target) + " grades.", "over");
    }
  }

  function polar(cx, cy, r, grade) {
    var angle = Math.PI * (1 - Math.max(0, Math.min(GAUGE_MAX, grade)) / GAUGE_MAX);
    return [cx + r * Math.cos(angle), cy - r * Math.sin(angle)];
  }

  function arc(cx, cy, r, from, to) {
    var a = polar(cx, cy, r, from);
    var b = polar(cx, cy, r, to);
    return "M " + a[0].toFixed(2) + " " + a[1].toFixed(2) + " A " + r + " " + r + " 0 0 1 " +
      b[0].toFixed(2) + " " + b[1].toFixed(2);
  }

  function drawGauge(grade, target) {
    var gauge = ui.gauge;
    var title = gauge.querySelector("title");
    clear(gauge);
    gauge.appendChild(title);
    var cx = 110, cy = 110, r = 86;
    var t = Math.max(0, Math.min(GAUGE_MAX, target || 8));
    var zones = [[0, t, "#1e6b34"], [t, Math.min(GAUGE_MAX, t + 2), "#a15c00"],
      [Math.min(GAUGE_MAX, t + 2), Math.min(GAUGE_MAX, t + 4), "#c0390b"],
      [Math.min(GAUGE_MAX, t + 4), GAUGE_MAX, "#8c1c1c"]];
    gauge.appendChild(svg("path", { d: arc(cx, cy, r, 0, GAUGE_MAX), stroke: "#dfe3e8",
      "stroke-width": 18, fill: "none" }));
    zones.forEach(function (zone) {
      if (zone[1] > zone[0]) {
        gauge.appendChild(svg("path", { d: arc(cx, cy, r, zone[0], zone[1]), stroke: zone[2],
          "stroke-width": 18, fill: "none" }));
      }
    });
    [0, 6, 12, 18].forEach(function (tick) {
      var p = polar(cx, cy, r + 16, tick);
      var label = svg("text", { x: p[0].toFixed(1), y: (p[1] + 4).toFixed(1), "text-anchor": "middle",
        "class": "tick-label", "aria-hidden": "true" });
      label.textContent = String(tick);
      gauge.appendChild(label);
    });
    var m1 = polar(cx, cy, r - 11, t), m2 = polar(cx, cy, r + 11, t);
    gauge.appendChild(svg("line", { x1: m1[0].toFixed(2), y1: m1[1].toFixed(2), x2: m2[0].toFixed(2),
      y2: m2[1].toFixed(2), stroke: "#ffffff", "stroke-width": 3 }));
    var value = svg("text", { x: cx, y: cy - 18, "text-anchor": "middle", "class": "grade-value",
      "aria-hidden": "true" });
    var caption = svg("text", { x: cx, y: cy, "text-anchor": "middle", "class": "grade-caption",
      "aria-hidden": "true" });
    if (grade === null || grade === undefined || !isFinite(grade)) {
      value.textContent = "-";
      caption.textContent = "target " + fmt(t);
      title.textContent = "Reading grade gauge: no grade yet; target " + fmt(t);
    } else {
      // The pointer sits on the arc, outside the number in the middle.
      var inner = polar(cx, cy, r - 16, grade), outer = polar(cx, cy, r + 14, grade);
      gauge.appendChild(svg("line", { x1: inner[0].toFixed(2), y1: inner[1].toFixed(2),
        x2: outer[0].toFixed(2), y2: outer[1].toFixed(2), stroke: "#ffffff",
        "stroke-width": 9, "stroke-linecap": "round" }));
      gauge.appendChild(svg("line", { x1: inner[0].toFixed(2), y1: inner[1].toFixed(2),
        x2: outer[0].toFixed(2), y2: outer[1].toFixed(2), stroke: "#1b1f24",
        "stroke-width": 5, "stroke-linecap": "round" }));
      value.textContent = fmt(grade);
      value.setAttribute("y", String(cy - 22));
      caption.textContent = "target " + fmt(t);
      caption.setAttribute("y", String(cy - 4));
      title.textContent = "Reading grade " + fmt(grade) + " against a target of " + fmt(t) +
        " on a scale of 0 to " + GAUGE_MAX;
    }
    gauge.appendChild(value);
    gauge.appendChild(caption);
  }

  function renderScores(scores, counts) {
    clear(ui.scores);
    SCORES.forEach(function (row) {
      if (!(row[0] in scores)) { return; }  // each language has its own formulas
      var tr = el("tr");
      var th = el("th", null, row[1]);
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      tr.appendChild(el("td", "num", fmt(scores[row[0]])));
      tr.appendChild(el("td", null, row[2]));
      ui.scores.appendChild(tr);
    });
    var parts = [];
    if (counts.words !== undefined) { parts.push(counts.words + " words"); }
    if (counts.sentences !== undefined) { parts.push(counts.sentences + " sentences"); }
    if (counts.words && counts.sentences) {
      parts.push(fmt(counts.words / counts.sentences) + " words per sentence on average");
    }
    ui.counts.textContent = parts.join(", ");
  }

  function heatClass(grade, target) {
    if (grade === null || grade === undefined) { return "heat-none"; }
    if (grade <= target) { return "heat-easy"; }
    if (grade <= target + 2) { return "heat-near"; }
    if (grade <= target + 4) { return "heat-hard"; }
    return "heat-vhard";
  }

  function renderHeat(sentences, target) {
    clear(ui.heat);
    if (!sentences.length) { return; }
    var map = offsetMap(state.analysedText);
    var rows = [];
    var bySegment = {};
    sentences.forEach(function (sentence, index) {
      if (!(sentence.segment in bySegment)) {
        bySegment[sentence.segment] = [];
        rows.push(bySegment[sentence.segment]);
      }
      bySegment[sentence.segment].push([sentence, index]);
    });
    rows.forEach(function (row, rowIndex) {
      var line = el("div", "heat-row");
      var label = el("span", "heat-label", "\u00b6 " + (rowIndex + 1));
      label.setAttribute("aria-hidden", "true");
      line.appendChild(label);
      var bars = el("div", "heat-bars");
      bars.setAttribute("role", "group");
      bars.setAttribute("aria-label", "Paragraph " + (rowIndex + 1));
      row.forEach(function (pair) {
        var sentence = pair[0];
        var bar = el("button", "heat-bar " + heatClass(sentence.grade, target));
        bar.type = "button";
        bar.style.flexGrow = String(Math.max(1, sentence.words || 1));
        var description = "Sentence " + (pair[1] + 1) + ", grade " + fmt(sentence.grade) + ", " +
          sentence.words + " words: " + clip(sentence.text, 80);
        bar.setAttribute("aria-label", description);
        bar.title = description;
        bar.addEventListener("click", function () {
          if (ui.text.value !== state.analysedText) { return; }
          ui.text.focus();
          ui.text.setSelectionRange(map(sentence.start), map(sentence.end));
        });
        bars.appendChild(bar);
      });
      line.appendChild(bars);
      ui.heat.appendChild(line);
    });
  }

  function spans() {
    return (state.report.findings || []).map(function (finding, index) {
      return { finding: finding, index: index };
    }).filter(function (item) { return item.finding.end > item.finding.start; });
  }

  function isSentenceLevel(finding) {
    return /^PL3/.test(finding.code || "");
  }

  function renderMarked() {
    clear(ui.marked);
    var text = state.analysedText;
    var map = offsetMap(text);
    var items = spans();
    var points = [0, text.length];
    items.forEach(function (item) {
      item.start = map(item.finding.start);
      item.end = map(item.finding.end);
      points.push(item.start, item.end);
    });
    points = points.filter(function (p, i, all) { return all.indexOf(p) === i; })
      .sort(function (a, b) { return a - b; });
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < points.length - 1; i++) {
      var from = points[i], to = points[i + 1];
      items.forEach(function (item) {
        if (item.start === from) {
          fragment.appendChild(el("span", "sr-only", " [" + ruleName(item.finding.name) + ": "));
        }
      });
      var active = items.filter(function (item) { return item.start <= from && item.end >= to; });
      var piece = text.slice(from, to);
      if (!active.length) {
        fragment.appendChild(document.createTextNode(piece));
      } else {
        var mark = el("mark", null, piece);
        var term = active.some(function (item) { return !isSentenceLevel(item.finding); });
        var sentence = active.some(function (item) { return isSentenceLevel(item.finding); });
        if (term) { mark.classList.add("mark-term"); }
        if (sentence) { mark.classList.add("mark-sentence"); }
        mark.title = active.map(function (item) { return item.finding.message; }).join("\n");
        active.forEach(function (item) { mark.setAttribute("data-finding-" + item.index, ""); });
        fragment.appendChild(mark);
      }
      items.forEach(function (item) {
        if (item.end === to) { fragment.appendChild(el("span", "sr-only", "] ")); }
      });
    }
    ui.marked.appendChild(fragment);
  }

  function showInText(index) {
    var marks = ui.marked.querySelectorAll("mark[data-finding-" + index + "]");
    Array.prototype.forEach.call(ui.marked.querySelectorAll("mark.is-target"), function (m) {
      m.classList.remove("is-target");
    });
    Array.prototype.forEach.call(marks, function (m) { m.classList.add("is-target"); });
    if (marks.length) {
      marks[0].scrollIntoView({ block: "nearest" });
    }
  }

  function suggestionLabel(suggestion, term) {
    var original = state.analysedText ? codePointSlice(state.analysedText, suggestion.start,
      suggestion.end) : "";
    if (!suggestion.replacement) { return ["Delete \u201c" + clip(original, 40) + "\u201d", original]; }
    var verb = { explain: "Explain", replace: "Replace with", rewrite: "Rewrite as" }[suggestion.action] || "Apply";
    var shown = suggestion.replacement;
    if (suggestion.action === "explain" && term && original &&
        shown.indexOf(original) === 0 && original !== term) {
      /* An explanation after a link keeps the link; show the term and what is added. */
      shown = term + shown.slice(original.length);
    }
    return [verb + ": \u201c" + clip(shown, 60) + "\u201d", original];
  }

  function codePointSlice(text, start, end) {
    var map = offsetMap(text);
    return text.slice(map(start), map(end));
  }

  /* Findings to list: one item per finding, except that a clear-communication finding
     (PL5xx) found in several places ("7 of 7 actions are in running text", once per action)
     is one item with its places. */
  function findingGroups(findings) {
    var groups = [];
    var byKey = {};
    findings.forEach(function (finding, index) {
      var shared = /^PL5/.test(finding.code || "") && !(finding.suggestions || []).length;
      var key = finding.code + "\n" + finding.message;
      if (shared && byKey[key]) {
        byKey[key].members.push(index);
        return;
      }
      var group = { finding: finding, members: [index] };
      if (shared) { byKey[key] = group; }
      groups.push(group);
    });
    return groups;
  }

  function renderFindings() {
    clear(ui.findings);
    var findings = state.report.findings || [];
    var safeSuggestions = 0;
    var groups = findingGroups(findings);
    ui.findingCount.textContent = "(" + groups.length + ")";
    if (!findings.length) {
      ui.findings.appendChild(el("li", "empty", "Nothing to change: no findings."));
    }
    groups.forEach(function (group) {
      var finding = group.finding;
      var index = group.members[0];
      var places = group.members.filter(function (member) {
        return findings[member].end > findings[member].start;
      });
      var item = el("li", "finding sev-" + (finding.severity || "suggestion"));
      var head = el("p", "finding-head");
      head.appendChild(el("span", "badge sev-" + (finding.severity || "suggestion"), finding.severity));
      head.appendChild(el("span", "finding-name", ruleName(finding.name)));
      head.appendChild(el("code", null, finding.code));
      if (places.length > 1) {
        head.appendChild(el("span", "finding-where", places.length + " places"));
      } else if (finding.end > finding.start) {
        head.appendChild(el("span", "finding-where", "line " + finding.line + ", column " + finding.column));
      }
      item.appendChild(head);
      item.appendChild(el("p", "finding-message", finding.message));
      if (places.length > 1) {
        var list = el("ol", "finding-places");
        places.forEach(function (member) {
          var place = findings[member];
          var row = el("li");
          var show = el("button", "link-button", "Line " + place.line + ": \u201c" +
            clip(place.text || "", 80) + "\u201d");
          show.type = "button";
          show.setAttribute("aria-label", "Show in text: line " + place.line + ", column " +
            place.column + ", \u201c" + clip(place.text || "", 80) + "\u201d");
          show.addEventListener("click", function () { showInText(member); });
          row.appendChild(show);
          list.appendChild(row);
        });
        item.appendChild(list);
      } else if (finding.text) {
        item.appendChild(el("blockquote", "finding-quote", clip(finding.text, 240)));
      }
      var actions = el("div", "suggestions");
      (finding.suggestions || []).forEach(function (suggestion) {
        var labels = suggestionLabel(suggestion, finding.text);
        var button = el("button", "apply", labels[0]);
        button.type = "button";
        button.setAttribute("aria-label", (suggestion.replacement ? "Replace \u201c" + clip(labels[1], 60) +
          "\u201d with \u201c" + clip(suggestion.replacement, 60) + "\u201d" : labels[0]));
        button.addEventListener("click", function () { applySuggestions([suggestion]); });
        actions.appendChild(button);
        if (suggestion.applicability === "safe") { safeSuggestions++; } else {
          button.classList.add("review");
          button.title = "Read the sentence first: this change may alter its meaning.";
        }
      });
      if (places.length <= 1 && finding.end > finding.start) {
        var show = el("button", "link-button", "Show in text");
        show.type = "button";
        show.addEventListener("click", function () { showInText(index); });
        actions.appendChild(show);
      }
      if (actions.childNodes.length) { item.appendChild(actions); }
      ui.findings.appendChild(item);
    });
    ui.applyAll.disabled = safeSuggestions === 0;
    ui.applyAll.textContent = "Apply all safe suggestions (" + safeSuggestions + ")";
  }

  /* The terms found, one per term (its lemma, whatever its case): "Listeriosis" twice in a
     text is one row used twice.  Hardest first. */
  function termRows(terms) {
    var rows = [];
    var byKey = {};
    terms.forEach(function (term) {
      var key = String(term.lemma || term.text || "").toLowerCase();
      var row = byKey[key];
      if (!row) {
        row = byKey[key] = { term: term, kinds: [], times: 0, explained: 0, difficulty: null,
          suggestions: [], definition: "" };
        rows.push(row);
      }
      row.times++;
      if (term.explained) { row.explained++; }
      if (row.kinds.indexOf(term.kind) < 0) { row.kinds.push(term.kind); }
      if (typeof term.difficulty === "number" && (row.difficulty === null ||
          term.difficulty > row.difficulty)) { row.difficulty = term.difficulty; }
      (term.suggestions || []).forEach(function (word) {
        if (row.suggestions.indexOf(word) < 0) { row.suggestions.push(word); }
      });
      row.definition = row.definition || term.definition || "";
    });
    return rows.sort(function (a, b) { return (b.difficulty || 0) - (a.difficulty || 0); });
  }

  function renderJargon(jargon) {
    if (!jargon || typeof jargon !== "object") { ui.jargonCard.hidden = true; return; }
    ui.jargonCard.hidden = false;
    /* Words below the difficulty threshold ("candidate") are in the report for their
       difficulty; the table lists the terms found. */
    var terms = (Array.isArray(jargon.terms) ? jargon.terms : []).filter(function (term) {
      return term.kind !== "candidate";
    });
    var rows = termRows(terms);
    var unexplained = rows.filter(function (row) { return row.explained < row.times; }).length;
    var density = typeof jargon.density === "number" ? fmt(jargon.density * 100) + "% of words are hard terms. " : "";
    var known = jargon.vocabulary && typeof jargon.vocabulary.known_share === "number" ?
      " " + fmt(jargon.vocabulary.known_share * 100) + "% of words are familiar; readers need about 98%." : "";
    ui.jargonSummary.textContent = density + rows.length + " hard terms found (" + terms.length +
      " times in all), " + unexplained + " not explained everywhere in the text." + known;
    clear(ui.jargonBands);
    var bands = jargon.bands;
    if (bands && typeof bands === "object") {
      Object.keys(bands).forEach(function (key) {
        var value = bands[key];
        var name = BANDS[key] || (Array.isArray(bands) ? "Band " + (Number(key) + 1) : key.replace(/_/g, " "));
        ui.jargonBands.appendChild(el("dt", null, name));
        ui.jargonBands.appendChild(el("dd", null, typeof value === "object" ? JSON.stringify(value) : value));
      });
    }
    clear(ui.jargonTerms);
    rows.slice(0, 100).forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("td", null, row.term.text));
      tr.appendChild(el("td", null, row.kinds.join(", ")));
      tr.appendChild(el("td", null, row.difficulty === null ? "" : fmt(row.difficulty * 100) + "%"));
      tr.appendChild(el("td", "num", row.times));
      tr.appendChild(el("td", null, row.explained === row.times ? "yes" : row.explained === 0 ? "no" :
        row.explained + " of " + row.times + " times"));
      tr.appendChild(el("td", null, row.suggestions.join(", ")));
      tr.appendChild(el("td", null, row.definition));
      ui.jargonTerms.appendChild(tr);
    });
  }

  /* The clear-communication checklist: one row per item, its evidence selectable in the text. */
  function renderCommunication(checklist) {
    clear(ui.communication);
    if (!checklist || !checklist.items) { ui.communicationCard.hidden = true; return; }
    ui.communicationCard.hidden = false;
    ui.communicationScore.textContent = checklist.score === null ? "No items apply to this text." :
      Math.round(checklist.score * 100) + "% of the items that apply are met (" + checklist.met +
      " of " + checklist.applicable + ").";
    ui.communicationLabel.textContent = checklist.label || "";
    var map = offsetMap(state.analysedText);
    checklist.items.forEach(function (item) {
      var mark = CHECK_MARKS[item.status] || CHECK_MARKS.not_applicable;
      var row = el("li", "check check-" + item.status.replace("_", "-"));
      row.setAttribute("data-item", item.id);
      var head = el("p", "check-head");
      head.appendChild(el("span", "check-mark", mark[0])).setAttribute("aria-hidden", "true");
      head.appendChild(el("span", "sr-only", mark[1] + ": "));
      head.appendChild(el("span", "check-title", item.title));
      head.appendChild(el("span", "check-source", item.source));
      row.appendChild(head);
      var evidence = item.evidence || [];
      if (item.status !== "met") {
        row.appendChild(el("p", "check-message", item.message));
        if (evidence.length && evidence[0].note) {
          row.appendChild(el("p", "check-message check-note", evidence[0].note));
        }
      }
      if (evidence.length) {
        var show = el("button", "link-button check-show", "Show in text" +
          (evidence.length > 1 ? " (1 of " + evidence.length + ")" : ""));
        show.type = "button";
        show.setAttribute("aria-label", "Show in the text where \u201c" + item.title + "\u201d" +
          (item.status === "met" ? " is met" : " is not met"));
        show.addEventListener("click", function () {
          if (ui.text.value !== state.analysedText) { return; }
          var span = evidence[0];
          ui.text.focus();
          ui.text.setSelectionRange(map(span.start), map(span.end));
        });
        row.appendChild(show);
      }
      ui.communication.appendChild(row);
    });
  }

  function renderNotes(notes) {
    clear(ui.notes);
    ui.notesCard.hidden = !notes.length;
    notes.forEach(function (note) { ui.notes.appendChild(el("li", null, note)); });
  }

  /* ---- applying suggestions ---- */

  function applySuggestions(suggestions) {
    if (ui.text.value !== state.analysedText) {
      say("The text changed since the last check. Checking again; then choose the suggestion again.");
      analyse();
      return;
    }
    var text = state.analysedText;
    var map = offsetMap(text);
    var ordered = suggestions.slice().sort(function (a, b) { return b.start - a.start; });
    var limit = Infinity;
    var applied = 0;
    ordered.forEach(function (s) {
      if (s.end > limit || s.start > s.end) { return; }
      text = text.slice(0, map(s.start)) + s.replacement + text.slice(map(s.end));
      limit = s.start;
      applied++;
    });
    state.undo = { before: state.analysedText, after: text };
    replaceText(text);
    ui.undo.disabled = false;
    say(applied === 1 ? "Applied 1 suggestion. Checking again\u2026" : "Applied " + applied +
      " suggestions. Checking again\u2026");
    ui.findingsHeading.focus();
    analyse().then(function () {
      if (!ui.status.classList.contains("is-error")) {
        say(applied === 1 ? "Applied 1 suggestion." : "Applied " + applied + " suggestions.");
      }
    });
  }

  /* The whole text replaced as one edit the browser can undo (Ctrl+Z in the box), where it
     supports insertText; else set. */
  function replaceText(text) {
    var done = false;
    ui.text.focus();
    ui.text.setSelectionRange(0, ui.text.value.length);
    try {
      done = text !== "" && document.execCommand("insertText", false, text);
    } catch (ignored) { /* set below */ }
    if (!done || ui.text.value !== text) { ui.text.value = text; }
    ui.text.setSelectionRange(0, 0);
  }

  function undoApply() {
    var undo = state.undo;
    state.undo = null;
    ui.undo.disabled = true;
    if (!undo || ui.text.value !== undo.after) {
      say("The text changed after the last apply, so there is nothing to undo here; " +
        "Ctrl+Z (Cmd+Z) in the text box undoes your own edits.", true);
      return;
    }
    replaceText(undo.before);
    say("Undid the last apply. Checking again\u2026");
    analyse().then(function () {
      if (!ui.status.classList.contains("is-error")) { say("Undid the last apply."); }
    });
  }

  function edited() {
    if (state.undo && ui.text.value !== state.undo.after) {
      state.undo = null;
      ui.undo.disabled = true;
    }
    schedule();
  }

  function applyAll() {
    /* Only suggestions shown to keep the meaning (explanations that keep every word); the
       writer reads and chooses every other one. */
    if (!state.report) { return; }
    var chosen = [];
    (state.report.findings || []).forEach(function (finding) {
      var safe = (finding.suggestions || []).filter(function (s) { return s.applicability === "safe"; });
      if (safe.length) { chosen.push(safe[0]); }
    });
    if (chosen.length) { applySuggestions(chosen); }
  }

  /* ---- files, copy, download ---- */

  function openFile() {
    var file = ui.file.files && ui.file.files[0];
    if (!file) { return; }
    var limit = Number(document.body.getAttribute("data-max-upload")) || 1048576;
    if (file.size > limit) {
      say("The file is larger than " + Math.round(limit / 1024) + " KB. Paste part of its text instead.", true);
      ui.file.value = "";
      return;
    }
    var form = new FormData();
    form.append("file", file, file.name);
    say("Reading " + file.name + "\u2026");
    fetch("/v1/extract", { method: "POST", headers: headers(false), body: form })
      .then(function (response) {
        return readJson(response).then(function (body) {
          if (!response.ok) { say(errorMessage(response, body), true); return; }
          ui.text.value = body.text;
          if (body.format === "markdown" || body.format === "html") { ui.format.value = body.format; }
          say("Opened " + body.filename + ".");
          analyse();
        });
      })
      .catch(function () { say("Could not reach the server to read the file.", true); })
      .then(function () { ui.file.value = ""; });
  }

  function copyText() {
    var text = ui.text.value;
    var done = function () { say("Copied the text."); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(done); });
    } else {
      fallbackCopy(done);
    }
  }

  function fallbackCopy(done) {
    ui.text.focus();
    ui.text.select();
    try {
      if (document.execCommand("copy")) { done(); return; }
    } catch (ignored) { /* fall through */ }
    say("Copy is blocked here: the text is selected, press Ctrl+C (or Cmd+C).", true);
  }

  function downloadText() {
    var format = (state.report && state.report.format) || ui.format.value;
    var extension = { markdown: ".md", html: ".html" }[format] || ".txt";
    var type = { ".md": "text/markdown", ".html": "text/html" }[extension] || "text/plain";
    var blob = new Blob([ui.text.value], { type: type + ";charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = el("a");
    link.href = url;
    link.download = "plainly-text" + extension;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    say("Downloaded plainly-text" + extension + ".");
  }

  /* ---- start ---- */

  function start() {
    ui = {
      form: $("check-form"), text: $("text"), file: $("file"), target: $("target"),
      lang: $("lang"), variant: $("variant"), format: $("format"), status: $("status"), results: $("results"),
      gauge: $("gauge"), summary: $("grade-summary"),
      scores: document.querySelector("#scores tbody"), counts: $("counts"), heat: $("heat"),
      marked: $("marked"), findings: $("findings"), findingCount: $("finding-count"),
      findingsHeading: $("findings-heading"), jargonCard: $("jargon-card"),
      jargonSummary: $("jargon-summary"), jargonBands: $("jargon-bands"),
      jargonTerms: document.querySelector("#jargon-terms tbody"), notesCard: $("notes-card"),
      notes: $("notes"), applyAll: $("apply-all"), undo: $("undo"), jargon: $("jargon"),
      targetError: $("target-error"), jargonError: $("jargon-error"), alert: $("alert"),
      alertMessage: $("alert-message"), alertActions: $("alert-actions"),
      communicationCard: $("communication-card"), communication: $("communication"),
      communicationScore: $("communication-score"), communicationLabel: $("communication-label")
    };
    if (!ui.form) { return; }
    ui.form.addEventListener("submit", function (event) { event.preventDefault(); analyse(); });
    ui.text.addEventListener("input", edited);
    [ui.target, ui.jargon, ui.lang, ui.variant, ui.format].forEach(function (control) {
      control.addEventListener("change", analyse);
    });
    ui.file.addEventListener("change", openFile);
    ui.applyAll.addEventListener("click", applyAll);
    ui.undo.addEventListener("click", undoApply);
    $("copy").addEventListener("click", copyText);
    $("download").addEventListener("click", downloadText);
    renderEmpty();
    if (ui.text.value.trim()) { analyse(); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
