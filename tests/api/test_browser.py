"""The page for writers, in headless Chromium (Debian's) driven by Playwright, against the
real gunicorn server.

Without Chromium these tests fail with how to install it; PLAINLY_SKIP_BROWSER=1 skips
them.  Screenshots go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _support import Server
from api_support import ARTIFACTS, XSS_ATTRIBUTE, XSS_SCRIPT
from leaflet_support import (
    MedicineLeaflet,
    apply_from_the_end,
    lost,
    medicine_leaflets,
    safe_suggestions,
)

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = (
    "install it with `apt-get update && apt-get install -y chromium` (as root; `make browser` "
    "does this), and Playwright with `pip install playwright` (do not run `playwright "
    "install`); or set PLAINLY_SKIP_BROWSER=1 to skip the browser tests"
)
TIMEOUT_MS = 15_000


def chromium_path() -> str:
    candidates = ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    pytest.fail(f"Chromium is not installed: {INSTALL_HINT}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if os.environ.get("PLAINLY_SKIP_BROWSER") == "1":
        pytest.skip("PLAINLY_SKIP_BROWSER=1")
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"Playwright for Python is not installed: {INSTALL_HINT}")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT_MS)
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on(
        "console",
        lambda message: problems.append(f"console {message.type}: {message.text}")
        if message.type == "error" else None,
    )
    opened.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    opened.goto(server.url + "/")
    opened.problems = problems
    yield opened
    context.close()
    assert not problems, problems  # no CSP violations, script errors or failed loads


def paste(page: Any, text: str) -> None:
    """Put ``text`` in the box as a paste would (one input event), and wait for the check."""
    page.fill("#text", text)
    wait_for_check(page, text)


CHECKED_SCRIPT = """
(text) => {
  const marked = document.getElementById('marked');
  const shown = Array.from(marked.childNodes)
    .filter((node) => !(node.classList && node.classList.contains('sr-only')))
    .map((node) => node.textContent).join('');
  return document.getElementById('text').value === text && shown === text
    && !document.getElementById('results').hasAttribute('aria-busy');
}
"""


def wait_for_check(page: Any, text: str) -> None:
    """Wait until the page shows the report of exactly ``text`` (its marked copy is it)."""
    page.wait_for_function(CHECKED_SCRIPT, arg=text)


def record_dialogs(page: Any) -> list[str]:
    """Messages of every alert/confirm/prompt the page opens (each is dismissed)."""
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def report_of(
    server: Server, text: str, lang: str = "en", format_: str = "auto", **options: Any
) -> dict[str, Any]:
    response = httpx.post(
        server.url + "/v1/analyze",
        json={"text": text, "lang": lang, "format": format_, **options},
        timeout=60,
    )
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def finding_items(report: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The findings as the page lists them: one item each, but a clear-communication finding
    (PL5xx, no suggestion) given once per place is one item with its places."""
    items: list[list[dict[str, Any]]] = []
    shared: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for finding in report["findings"]:
        key = (finding["code"], finding["message"])
        if finding["code"].startswith("PL5") and not finding["suggestions"]:
            if key in shared:
                shared[key].append(finding)
                continue
            shared[key] = [finding]
            items.append(shared[key])
        else:
            items.append([finding])
    return items


def term_rows(report: dict[str, Any]) -> set[str]:
    """The terms of the jargon table: one per lemma, whatever its case."""
    return {(term["lemma"] or term["text"]).lower() for term in report["jargon"]["terms"]
            if term["kind"] != "candidate"}


def wait_for_alert(page: Any) -> str:
    """Wait until a check has ended with the message above the results; its text."""
    page.wait_for_function(
        "() => !document.getElementById('alert').hidden"
        " && !document.getElementById('results').hasAttribute('aria-busy')"
    )
    text: str = page.text_content("#alert-message")
    return text


def expect_refused(page: Any, status: int) -> None:
    """The page's console logs each answer ``status`` as a failed load: expected here, and
    taken off the problems the ``page`` fixture checks."""
    page.problems[:] = [problem for problem in page.problems
                        if f"the server responded with a status of {status} " not in problem]


def assert_no_results(page: Any) -> None:
    """No grade, scores, findings or terms of an earlier text are left on the page."""
    assert not page.text_content("#grade-summary").startswith("Reading grade")
    assert "no grade" in page.text_content("#gauge title")
    assert page.locator("#scores tbody tr").count() == 0
    assert page.locator("#findings > li").count() == 0
    assert page.text_content("#finding-count") == ""
    assert page.text_content("#marked") == ""
    assert page.is_hidden("#jargon-card") and page.is_hidden("#communication-card")
    assert page.is_disabled("#apply-all")


def test_leaflet_shows_grade_scores_heat_and_highlights(
    page: Any, server: Server, leaflet: str
) -> None:
    paste(page, leaflet)
    report = report_of(server, leaflet)
    grade = f"{report['readability']['grade']:.1f}"
    summary = page.text_content("#grade-summary")
    assert summary.startswith(f"Reading grade {grade}")
    assert page.get_attribute("#grade-summary", "aria-live") == "polite"
    assert grade in page.text_content("#gauge title")
    assert page.locator("#scores tbody tr").count() == 8
    assert page.locator("#heat .heat-bar").count() == len(report["sentences"])
    paragraphs = len({sentence["segment"] for sentence in report["sentences"]})
    assert page.locator("#heat .heat-row").count() == paragraphs
    # The long sentence is highlighted, with words for screen readers around it.
    long_sentence = next(f for f in report["findings"] if f["code"] == "PL301")
    marks = page.locator("#marked mark.mark-sentence")
    assert marks.count() >= 1
    marked_text = "".join(
        page.locator("#marked mark.mark-sentence").all_text_contents()
    )
    assert long_sentence["text"].split()[0] in marked_text
    assert any(
        "[Long sentence: " in words
        for words in page.locator("#marked .sr-only").all_text_contents()
    )
    assert page.locator("#findings > li").count() == len(finding_items(report))
    # The marked copy holds exactly the text, plus the screen-reader words.
    visible = page.evaluate(
        "() => Array.from(document.getElementById('marked').childNodes)"
        ".filter(n => !(n.classList && n.classList.contains('sr-only')))"
        ".map(n => n.textContent).join('')"
    )
    assert visible == leaflet
    if report.get("jargon"):
        assert page.is_visible("#jargon-card")
        assert page.locator("#jargon-terms tbody tr").count() == min(100, len(term_rows(report)))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "checker.png"), full_page=True)


def test_apply_a_suggestion_rewrites_the_text(page: Any, server: Server, leaflet: str) -> None:
    paste(page, leaflet)
    report = report_of(server, leaflet)
    first = next((f for f in report["findings"] if f["suggestions"]), None)
    if first is None:
        pytest.skip("the report of the leaflet has no finding with a suggestion yet")
    suggestion = first["suggestions"][0]
    expected = leaflet[: suggestion["start"]] + suggestion["replacement"] + leaflet[
        suggestion["end"]:
    ]
    button = page.locator("#findings .apply").first
    assert suggestion["replacement"] in button.text_content()
    button.click()
    page.wait_for_function(
        "(text) => document.getElementById('text').value === text", arg=expected
    )
    page.wait_for_function(
        "() => document.getElementById('status').textContent === 'Applied 1 suggestion.'"
    )
    assert page.input_value("#text") == expected
    after = report_of(server, expected)
    assert page.locator("#findings > li").count() == len(finding_items(after))


WRITTEN_LEAFLET = MedicineLeaflet(
    id="written-warfarin-en",
    text="""# Taking warfarin

Warfarin stops blood clots from forming. Take 5 mg of warfarin at 6 pm each day, or the dose \
your doctor gives you.

Do not take aspirin or ibuprofen unless your doctor says so. They can make you bleed.

You will need regular INR tests. Read more at [our warfarin page](https://example.org/warfarin).

Call 911 if you have nephrolithiasis pain or you cough up blood.
""",
    lang="en",
    format="markdown",
    drug_names=("warfarin", "aspirin", "ibuprofen"),
)
"""A leaflet written for this test, kept beside the real ones of tests/data/leaflets/medicines
for what neither of them has: doses in digits beside a medicine name that gets explained
("Take 5 mg of warfarin"), and a "Do not" before a name that gets explained."""
APPLY_ALL_CASES = [*medicine_leaflets(), WRITTEN_LEAFLET]


@pytest.mark.parametrize("leaflet", APPLY_ALL_CASES, ids=[case.id for case in APPLY_ALL_CASES])
def test_apply_all_applies_only_safe_suggestions_and_keeps_what_matters(
    page: Any, server: Server, leaflet: MedicineLeaflet
) -> None:
    page.select_option("#lang", leaflet.lang)
    page.select_option("#format", leaflet.format)
    paste(page, leaflet.text)
    report = report_of(server, leaflet.text, leaflet.lang, leaflet.format)
    safe = safe_suggestions(report)
    assert safe, f"{leaflet.id} should have terms to explain"
    expected = apply_from_the_end(leaflet.text, safe)
    assert page.text_content("#apply-all") == f"Apply all safe suggestions ({len(safe)})"
    page.click("#apply-all")
    page.wait_for_function(
        "(text) => document.getElementById('text').value === text", arg=expected
    )
    page.wait_for_function(
        "() => /^Applied \\d+ suggestions?\\.$/.test("
        "document.getElementById('status').textContent)"
    )
    applied = page.input_value("#text")
    assert lost(leaflet.text, applied, leaflet.drug_names) == []
    assert [s["replacement"] for s in safe if s["replacement"] not in applied] == []


def test_editing_re_analyses_once_after_a_pause(page: Any, leaflet: str) -> None:
    paste(page, leaflet)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url)
            if request.url.endswith("/v1/analyze") else None)
    page.focus("#text")
    page.keyboard.press("End")
    page.keyboard.type(" Ask us.", delay=30)
    text = page.input_value("#text")
    wait_for_check(page, text)
    assert len(requests) == 1, requests  # debounced: one analysis for the whole burst


@pytest.mark.parametrize("format_", ["auto", "html", "markdown"])
def test_hostile_text_never_runs(page: Any, format_: str) -> None:
    dialogs = record_dialogs(page)
    page.select_option("#format", format_)
    hostile = (
        f"{XSS_SCRIPT}\n\nTake one tablet {XSS_ATTRIBUTE} twice a day with food because your "
        "physician says that your hypertension needs regular treatment over many months and "
        "years.\n\n<img src=x onerror=alert(1)> <svg onload=alert(2)></svg>\n\n"
        "[click](javascript:alert(3))"
    )
    paste(page, hostile)
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__xss") is None
    assert dialogs == []
    for container in ("#marked", "#findings", "#heat", "#jargon-card", "#status"):
        assert page.locator(f"{container} img, {container} script, {container} svg").count() == 0
    assert XSS_SCRIPT in page.text_content("#marked")


def test_file_upload_with_hostile_name_and_docx(page: Any, tmp_path: Path) -> None:
    import docx

    dialogs = record_dialogs(page)
    name = '"><img src=x onerror="window.__xss=1">.txt'
    page.set_input_files(
        "#file",
        files=[{"name": name, "mimeType": "text/plain", "buffer": XSS_SCRIPT.encode()}],
    )
    wait_for_check(page, XSS_SCRIPT)
    assert page.evaluate("() => window.__xss") is None and dialogs == []
    assert page.locator("#status img").count() == 0

    document = docx.Document()
    document.add_heading("Your appointment", level=1)
    document.add_paragraph("Bring your tablets to the clinic.")
    path = tmp_path / "appointment.docx"
    document.save(str(path))
    page.set_input_files("#file", str(path))
    expected = "# Your appointment\n\nBring your tablets to the clinic.\n"
    wait_for_check(page, expected)
    assert page.input_value("#format") == "markdown"


def test_keyboard_labels_and_focus(page: Any, leaflet: str) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    paste(page, leaflet)
    unlabelled = page.evaluate(
        "() => Array.from(document.querySelectorAll('input, select, textarea'))"
        ".filter(el => !el.labels || el.labels.length === 0).map(el => el.id)"
    )
    assert unlabelled == []
    unnamed = page.evaluate(
        "() => Array.from(document.querySelectorAll('button'))"
        ".filter(b => !(b.getAttribute('aria-label') || b.textContent.trim())).length"
    )
    assert unnamed == 0
    # Keyboard focus is visible: an outline, not the browser default removed.
    page.focus("#check")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "() => getComputedStyle(document.activeElement).outlineStyle"
    )
    assert page.evaluate("() => document.activeElement.id") == "check"
    assert outline == "solid"
    # A heat bar is a button: Enter selects its sentence in the text box.
    page.focus("#heat .heat-bar >> nth=0")
    page.keyboard.press("Enter")
    selected = page.evaluate(
        "() => { const t = document.getElementById('text');"
        " return t.value.slice(t.selectionStart, t.selectionEnd); }"
    )
    assert selected and selected in leaflet


CONTRAST_SCRIPT = """
() => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map((v) => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const selectors = ['body', '.help', 'label', '.button', '.button--primary', '.apply',
    '.badge', 'mark.mark-term', 'mark.mark-sentence', '.finding-where', '.site-header a',
    '.grade-summary', 'th', 'td'];
  return selectors.flatMap((sel) => Array.from(document.querySelectorAll(sel)).slice(0, 3)
    .map((el) => {
      const a = lum(getComputedStyle(el).color), b = lum(background(el));
      return [sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
    }));
}
"""


def test_text_contrast_meets_wcag_aa(page: Any, leaflet: str) -> None:
    paste(page, leaflet)
    ratios = page.evaluate(CONTRAST_SCRIPT)
    assert ratios
    low = [(selector, round(ratio, 2)) for selector, ratio in ratios if ratio < 4.5]
    assert low == []


def test_readable_on_a_phone(browser: Any, server: Server, leaflet: str) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True,
        has_touch=True,
    )
    phone = context.new_page()
    phone.set_default_timeout(TIMEOUT_MS)
    phone.goto(server.url + "/")
    paste(phone, leaflet)
    overflow = phone.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    textarea = phone.locator("#text").bounding_box()
    assert textarea is not None and textarea["width"] > 300
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "checker-phone.png"), full_page=True)
    context.close()


SPANISH_LEAFLET = (
    "# Su vacuna contra la gripe\n\n"
    "La vacuna es segura. Si tiene cefalea o fiebre después de la vacuna, tome "
    "paracetamol y descanse.\n\n- Llame al médico si tiene disnea.\n"
)


def test_spanish_leaflet_shows_spanish_scores_and_findings(page: Any, server: Server) -> None:
    page.select_option("#lang", "es")
    paste(page, SPANISH_LEAFLET)
    labels = page.locator("#scores tbody th").all_text_contents()
    assert "Fernández-Huerta" in labels
    assert "Flesch Reading Ease" not in labels
    findings = " ".join(page.locator("#findings > li").all_text_contents())
    assert "cefalea" in findings
    assert "dolor de cabeza" in findings


def test_explanation_of_a_link_is_labelled_with_the_term_and_applied_after_the_link(
    page: Any, server: Server
) -> None:
    text = "Take [warfarin](https://example.org/warfarin) each day. Do not miss a dose.\n"
    page.select_option("#format", "markdown")
    paste(page, text)
    report = report_of(server, text, "en", "markdown")
    (explain,) = [s for f in report["findings"] for s in f["suggestions"]
                  if s["action"] == "explain"]
    button = page.locator("#findings .apply", has_text="Explain")
    assert button.text_content() == "Explain: \u201cwarfarin (a blood thinner)\u201d"
    button.click()
    expected = ("Take [warfarin](https://example.org/warfarin) (a blood thinner) each day. "
                "Do not miss a dose.\n")
    assert apply_from_the_end(text, [explain]) == expected
    page.wait_for_function(
        "(text) => document.getElementById('text').value === text", arg=expected
    )


SELECTED_SCRIPT = """
() => {
  const box = document.getElementById('text');
  return box.value.slice(box.selectionStart, box.selectionEnd);
}
"""


def test_clear_communication_checklist_beside_the_grade_shows_evidence(
    page: Any, server: Server
) -> None:
    text = ("# Your rash\n\nAbout 20% of people who take this medicine get a rash. "
            "Call your doctor if the rash spreads.\n")
    paste(page, text)
    checklist = report_of(server, text)["communication"]
    assert page.is_visible("#communication-card")
    cards = page.evaluate(
        "() => Array.from(document.querySelectorAll('#results > .card'))"
        ".map((card) => card.id || card.className)"
    )
    assert cards.index("communication-card") == cards.index("card grade-card") + 1
    assert page.locator("#communication > li").count() == len(checklist["items"])
    assert f"{round(checklist['score'] * 100)}%" in page.text_content("#communication-score")
    assert "not the official score" in page.text_content("#communication-label")

    numbers = page.locator('#communication > li[data-item="numbers-clear"]')
    assert "Not met" in numbers.text_content()
    assert "“20%”: add a natural frequency, such as “20% (1 in 5)”" in (
        numbers.text_content())
    numbers.locator("button").click()
    assert page.evaluate(SELECTED_SCRIPT) == "20%"

    action = page.locator('#communication > li[data-item="action"]')
    assert "Met" in action.text_content()
    action.locator("button").click()
    assert page.evaluate(SELECTED_SCRIPT) == "Call your doctor if the rash spreads."
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#communication-card").screenshot(path=str(ARTIFACTS / "checklist.png"))


def repeated(sentence: str, length: int) -> str:
    """``sentence`` repeated to ``length`` characters."""
    return (sentence * (length // len(sentence) + 1))[:length]


@pytest.mark.parametrize("length", [260_000, 1_100_000, 2_000_000])
def test_text_over_the_limit_clears_the_last_results_and_says_the_limit(
    page: Any, server: Server, leaflet: str, length: int
) -> None:
    paste(page, leaflet)
    assert page.text_content("#grade-summary").startswith("Reading grade")
    help_text = page.text_content("#text-help")
    assert "up to 250,000 characters (about 41,000 words)" in help_text
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url)
            if request.url.endswith("/v1/analyze") else None)
    page.fill("#text", repeated("Take one tablet each day with water. ", length))
    message = wait_for_alert(page)
    assert message.startswith(f"This text is too long to check here: it has {length:,} characters.")
    assert "up to about 250,000 characters (about 41,000 words)" in message
    assert "bytes" not in message and "request" not in message
    assert page.get_attribute("#status", "class") == "status is-error"
    assert_no_results(page)
    assert requests == []  # the page knows its limit: nothing is sent
    # The alert is above the results it replaces.
    alert = page.locator("#alert").bounding_box()
    grade = page.locator(".grade-card").bounding_box()
    assert alert is not None and grade is not None and alert["y"] < grade["y"]
    # A text within the limit is checked again, and the message goes.
    paste(page, leaflet)
    assert page.is_hidden("#alert")
    assert page.text_content("#grade-summary").startswith("Reading grade")


def test_readme_states_the_page_limit_the_page_has(page: Any) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    limit = page.get_attribute("body", "data-max-chars")
    assert limit == "250000"
    assert "The page checks up to 250,000 characters at a time" in readme


def test_server_error_clears_the_last_results(page: Any, leaflet: str) -> None:
    paste(page, leaflet)
    assert page.locator("#findings > li").count() > 0
    # Text the server refuses (lang=auto finds no words in it): the last results go.
    page.select_option("#lang", "auto")
    page.fill("#text", "12 345 678 !!")
    message = wait_for_alert(page)
    assert message.startswith("Plainly found no words in this text to tell its language from")
    assert_no_results(page)
    expect_refused(page, 422)


# The same French leaflet as the CLI tests use (tests/data/languages/).
FRENCH_LEAFLET = (Path(__file__).resolve().parents[1] / "data" / "languages"
                  / "fr-hypertension.md").read_text(encoding="utf-8")
LONGER_SPANISH_LEAFLET = (
    "# Su medicamento para la presión arterial\n\n"
    "Su médico le ha recetado un medicamento para bajar la presión arterial. Tome una "
    "pastilla cada mañana con un vaso de agua, a la misma hora todos los días.\n\n"
    "No deje de tomarlo sin hablar con su médico, aunque se sienta bien. Si olvida una dosis, "
    "tómela cuando se acuerde, pero nunca tome dos pastillas el mismo día.\n"
)


@pytest.mark.parametrize("lang", ["en", "auto"])
def test_text_in_a_language_plainly_cannot_score_gets_no_grade(
    page: Any, leaflet: str, lang: str
) -> None:
    paste(page, leaflet)
    page.select_option("#lang", lang)
    page.fill("#text", FRENCH_LEAFLET)
    message = wait_for_alert(page)
    assert message.startswith("This text looks like French. Plainly scores English and "
                              "Spanish only, so it has no reading grade here.")
    assert page.get_attribute("#alert", "role") == "alert"
    assert_no_results(page)
    alert = page.locator("#alert").bounding_box()
    grade = page.locator(".grade-card").bounding_box()
    assert alert is not None and grade is not None and alert["y"] < grade["y"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#results").screenshot(path=str(ARTIFACTS / "checker-french.png"))
    expect_refused(page, 422)


def test_spanish_text_checked_as_english_is_offered_spanish(page: Any, server: Server) -> None:
    assert page.input_value("#lang") == "en"
    page.fill("#text", LONGER_SPANISH_LEAFLET)
    message = wait_for_alert(page)
    assert message.startswith("This text looks like Spanish, but Language is set to English")
    assert_no_results(page)
    page.click("#alert-actions button:has-text('Check as Spanish')")
    wait_for_check(page, LONGER_SPANISH_LEAFLET)
    assert page.input_value("#lang") == "es"
    assert page.is_hidden("#alert")
    report = report_of(server, LONGER_SPANISH_LEAFLET, "es")
    assert page.text_content("#grade-summary").startswith(
        f"Reading grade {report['readability']['grade']:.1f}")


def test_english_with_a_notice_in_spanish_is_graded_with_its_note(page: Any) -> None:
    text = LEAFLET_WITH_NOTICE
    paste(page, text)
    assert page.is_hidden("#alert")
    assert page.text_content("#grade-summary").startswith("Reading grade")
    assert "Spanish" in page.text_content("#notes")


LEAFLET_WITH_NOTICE = (
    "# Your flu shot\n\nThe flu shot is safe. If you have a headache or a fever after the "
    "shot, take paracetamol and rest. Call your doctor if you find it hard to breathe.\n\n"
    "Si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística.\n"
)


def apply_codes(page: Any) -> list[str]:
    return page.locator("#findings > li code").all_text_contents()


def test_jargon_threshold_setting_flags_fewer_terms_when_raised(
    page: Any, server: Server
) -> None:
    text = ("Your physician may administer a diuretic if you have oedema. Tell the nurse "
            "about any dyspnoea, palpitations or syncope.\n")
    assert page.input_value("#jargon") == "50"
    assert page.text_content("label[for=jargon]") == "Jargon threshold (%)"
    paste(page, text)
    for percent in ("95", "20"):
        page.fill("#jargon", percent)
        page.press("#jargon", "Tab")
        report = report_of(server, text, jargon_threshold=int(percent) / 100)
        page.wait_for_function(
            "(count) => !document.getElementById('results').hasAttribute('aria-busy')"
            " && document.querySelectorAll('#findings > li').length === count",
            arg=len(finding_items(report)),
        )
        assert apply_codes(page).count("PL201") == sum(
            f["code"] == "PL201" for f in report["findings"])
    assert report_of(server, text, jargon_threshold=0.95)["findings"] != report["findings"]
    page.fill("#jargon", "150")
    page.press("#jargon", "Tab")
    message = wait_for_alert(page)
    assert message.startswith("Enter a jargon threshold from 0 to 100 (%).")
    assert page.get_attribute("#jargon", "aria-invalid") == "true"
    assert "jargon-error" in page.get_attribute("#jargon", "aria-describedby")
    assert_no_results(page)


@pytest.mark.parametrize("value", ["25", "0", ""])
def test_target_grade_out_of_range_is_refused_and_said(
    page: Any, leaflet: str, value: str
) -> None:
    paste(page, leaflet)
    page.fill("#target", value)
    page.press("#target", "Tab")
    message = wait_for_alert(page)
    assert message.startswith("Enter a target grade from 1 to 20.")
    assert page.is_visible("#target-error")
    assert page.text_content("#target-error") == "Enter a target grade from 1 to 20."
    assert page.get_attribute("#target", "aria-invalid") == "true"
    assert page.get_attribute("#target", "aria-describedby") == "target-help target-error"
    assert_no_results(page)
    page.fill("#target", "6")
    page.press("#target", "Tab")
    wait_for_check(page, leaflet)
    assert page.is_hidden("#target-error") and page.is_hidden("#alert")
    assert page.get_attribute("#target", "aria-invalid") is None
    assert "your target of 6.0" in page.text_content("#grade-summary")


def test_undo_after_apply_and_apply_all_restores_the_text(page: Any, leaflet: str) -> None:
    paste(page, leaflet)
    assert page.is_disabled("#undo")
    page.locator("#findings .apply").first.click()
    page.wait_for_function(
        "() => document.getElementById('status').textContent === 'Applied 1 suggestion.'"
    )
    applied = page.input_value("#text")
    assert applied != leaflet
    page.click("#undo")
    wait_for_check(page, leaflet)
    page.wait_for_function(
        "() => document.getElementById('status').textContent === 'Undid the last apply.'"
    )
    assert page.is_disabled("#undo")
    # The browser's own undo works too: Ctrl+Z in the box, after Apply all.
    page.click("#apply-all")
    page.wait_for_function(
        "() => /^Applied \\d+ suggestions?\\.$/.test("
        "document.getElementById('status').textContent)"
    )
    assert page.input_value("#text") != leaflet
    page.focus("#text")
    page.keyboard.press("Control+z")
    wait_for_check(page, leaflet)
    assert page.is_disabled("#undo")


def test_findings_have_readable_names_and_one_item_per_place_list(
    page: Any, server: Server, leaflet: str
) -> None:
    paste(page, leaflet)
    report = report_of(server, leaflet)
    names = page.locator("#findings .finding-name").all_text_contents()
    assert "Plainer word" in names
    assert not [name for name in names if "-" in name]  # never a rule's raw name
    actions = [f for f in report["findings"] if f["code"] == "PL504"]
    assert len(actions) > 1
    item = page.locator("#findings > li", has=page.locator("code", has_text="PL504"))
    assert item.count() == 1
    assert actions[0]["message"] in item.text_content()
    assert item.locator(".finding-where").text_content() == f"{len(actions)} places"
    places = item.locator(".finding-places button")
    assert places.count() == len(actions)
    places.nth(1).click()
    target = page.locator("#marked mark.is-target").first.text_content()
    assert target and target in actions[1]["text"]


def test_jargon_table_lists_each_term_once(page: Any, server: Server) -> None:
    path = (Path(__file__).resolve().parents[1] / "data" / "leaflets" / "heldout3"
            / "medlineplus-listeria.md")
    text = path.read_text(encoding="utf-8")
    page.select_option("#format", "markdown")
    paste(page, text)
    report = report_of(server, text, "en", "markdown")
    listed = [term["text"] for term in report["jargon"]["terms"]
              if term["kind"] != "candidate" and term["text"] == "Listeriosis"]
    assert len(listed) == 2  # the report lists each use
    terms = page.locator("#jargon-terms tbody tr td:first-child").all_text_contents()
    assert len(terms) == len({term.lower() for term in terms}) == len(term_rows(report))
    row = page.locator("#jargon-terms tbody tr", has_text="Listeriosis")
    assert row.count() == 1
    assert row.locator("td").nth(3).text_content() == "2"
