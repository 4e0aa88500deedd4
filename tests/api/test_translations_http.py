"""POST /v1/translations/check and Spanish analysis, over HTTP against the real server."""

import httpx

EN = "# Your flu shot\n\nTake 2 tablets a day.\n\nCall 1-800-232-4636 with questions.\n"
ES = "# Su vacuna\n\nTome 2 tabletas al día.\n\nLlame al 1-800-232-4636 si tiene preguntas.\n"


def test_faithful_translation_is_ok(http: httpx.Client) -> None:
    answer = http.post("/v1/translations/check", json={"documents": {"en": EN, "es": ES}})
    assert answer.status_code == 200
    body = answer.json()
    assert body["ok"] is True
    assert not [flag for flag in body["flags"] if flag["severity"] == "error"]


def test_changed_dose_is_a_number_mismatch(http: httpx.Client) -> None:
    wrong = ES.replace("Tome 2", "Tome 3")
    body = http.post("/v1/translations/check", json={"documents": {"en": EN, "es": wrong}}).json()
    assert body["ok"] is False
    mismatch = next(flag for flag in body["flags"] if flag["code"] == "number_mismatch")
    assert mismatch["rule"] == "PL405"
    assert wrong[mismatch["start"] : mismatch["end"]].count("3") >= 1


def test_missing_required_language_says_how_to_get_a_draft(http: httpx.Client) -> None:
    body = http.post(
        "/v1/translations/check",
        json={"documents": {"en": EN, "es": ES}, "required": ["es", "zh"]},
    ).json()
    assert [flag["lang"] for flag in body["flags"] if flag["code"] == "missing_language"] == [
        "zh"
    ]
    assert "zh" in body["machine_translation"] or "zh" in body["drafts"]


def test_bundle_without_its_source_is_a_clear_422(http: httpx.Client) -> None:
    answer = http.post("/v1/translations/check", json={"documents": {"es": ES}})
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "missing_source"


def test_spanish_text_is_analysed_with_spanish_formulas(http: httpx.Client) -> None:
    answer = http.post("/v1/analyze", json={"text": ES, "lang": "es"})
    assert answer.status_code == 200
    report = answer.json()
    assert report["lang"] == "es"
    assert "fernandez_huerta" in report["readability"]["scores"]


def test_auto_language_is_detected(http: httpx.Client) -> None:
    report = http.post("/v1/analyze", json={"text": ES * 3, "lang": "auto"}).json()
    assert report["lang"] == "es"
    assert report["language_detection"]["lang"] == "es"


def test_flag_json_shape_is_unchanged(http: httpx.Client) -> None:
    wrong = ES.replace("Tome 2", "Tome 3")
    body = http.post("/v1/translations/check",
                     json={"documents": {"en": EN, "es": wrong}, "required": ["fr"]}).json()
    missing, mismatch = body["flags"][0], body["flags"][1]
    assert (missing["code"], missing["rule"], missing["lang"]) == (
        "missing_language", "PL401", "fr")
    assert missing["start"] is None and missing["source_start"] is None
    assert (mismatch["code"], mismatch["rule"], mismatch["severity"]) == (
        "number_mismatch", "PL405", "error")
    assert wrong[mismatch["start"]:mismatch["end"]] == "3"
    assert EN[mismatch["source_start"]:mismatch["source_end"]] == "2"


def test_auto_language_in_an_unscored_language_is_a_clear_422(http: httpx.Client) -> None:
    french = ("Prenez deux comprimés par la bouche chaque matin avec de la nourriture. "
              "Appelez votre médecin si vous avez de la fièvre.")
    answer = http.post("/v1/analyze", json={"text": french, "lang": "auto"})
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "unsupported_language"
    assert "French (fr)" in error["message"]


def test_auto_language_without_words_is_a_clear_422(http: httpx.Client) -> None:
    for text in ("123", "???"):
        answer = http.post("/v1/analyze", json={"text": text, "lang": "auto"})
        assert answer.status_code == 422
        assert answer.json()["error"]["code"] == "no_language"


def test_source_of_sentence_ends_is_answered_quickly(http: httpx.Client) -> None:
    """A source of 12,000 "a." (24,000 characters) held a worker for 20 s; now the request's
    work budget refuses it at once (the engine's patterns are linear too:
    tests/literacy/test_translations_linear.py)."""
    answer = http.post("/v1/translations/check",
                       json={"documents": {"en": "a." * 12000, "es": "b." * 12000}})
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "over_budget"
    assert answer.elapsed.total_seconds() < 5
