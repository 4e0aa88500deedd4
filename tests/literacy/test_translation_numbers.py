"""Numbers across languages: a correct translation raises no number_mismatch, a changed one
does.  Each case is a source sentence and its translation, checked end to end."""

from __future__ import annotations

import pytest

from literacy.translations import check_translations
from literacy.translations.items import extract_items
from literacy.translations.numbers import fold_digits, number_words


def mismatches(en: str, lang: str, text: str) -> list[str]:
    """The translation's texts of error-level PL405 findings."""
    findings = check_translations({"en": en, lang: text})
    return [f.text for f in findings if f.code == "PL405" and f.level == "error"]


SAME = [
    # 12- and 24-hour times, with their words in each language
    ("Come back at 6 pm.", "es", "Regrese a las 6 de la tarde."),
    ("Come back at 6 pm.", "es", "Regrese a las 18:00."),
    ("Come back at 6 pm.", "es", "Regrese a las 6."),
    ("Come back at 6 pm.", "vi", "Hãy quay lại lúc 6 giờ chiều."),
    ("Come back at 6 pm.", "vi", "Hãy quay lại lúc 6 chiều."),
    ("Come back at 6 pm.", "vi", "Hãy quay lại lúc 18 giờ."),
    ("Come back at 6 pm.", "zh", "请在下午6点回来。"),
    ("Come back at 6 pm.", "ko", "오후 6시에 다시 오세요."),
    ("Come back at 6 pm.", "fr", "Revenez à 18 h."),
    ("Come back at 6:30 pm.", "fr", "Revenez à 18h30."),
    ("Come back at 6 pm.", "pt", "Volte às 6 da tarde."),
    ("Come back at 6 pm.", "tl", "Bumalik ng alas-6 ng gabi."),
    ("Come back at 6 pm.", "ru", "Приходите в 6 вечера."),
    ("Come back at 6 pm.", "ar", "عد في الساعة 6 مساءً."),
    ("Come back at 6 pm.", "ht", "Tounen a 6 è di swa."),
    ("Come back at 9 a.m.", "pl", "Proszę wrócić o 9:00 rano."),
    ("Call before 9:00 p.m.", "es", "Llame antes de las 21:00."),
    # decimal comma and point, thousands separators
    ("Give 2.5 mL.", "fr", "Donnez 2,5 ml."),
    ("There were 10,000 cases.", "pl", "Było 10 000 przypadków."),
    ("There were 10,000 cases.", "ru", "Было 10\u00a0000 случаев."),
    ("There were 1,000 cases.", "es", "Hubo 1.000 casos."),
    # dates in local order and with named months
    ("The date is 2/3/2025.", "es", "La fecha es 3/2/2025."),
    ("The date is 2/3/2025.", "es", "La fecha es 2/3/2025."),
    ("The date is 1/31/2025.", "fr", "La date est le 31 janvier 2025."),
    ("The date is 1/31/2025.", "pt", "A data é 31 de janeiro de 2025."),
    ("The date is 1/31/2025.", "pl", "Data: 31 stycznia 2025."),
    ("The date is 1/31/2025.", "ru", "Дата: 31 января 2025 г."),
    ("The date is 1/31/2025.", "zh", "日期是2025年1月31日。"),
    ("The date is 1/31/2025.", "ko", "날짜는 2025년 1월 31일입니다."),
    ("The date is 1/31/2025.", "vi", "Ngày là ngày 31 tháng 1 năm 2025."),
    ("The date is January 31, 2025.", "tl", "Ang petsa ay Enero 31, 2025."),
    ("The date is January 31, 2025.", "ht", "Dat la se 31 janvye 2025."),
    ("The date is January 31, 2025.", "ar", "التاريخ هو 31 يناير 2025."),
    # number words
    ("Take 2 tablets.", "es", "Tome dos tabletas."),
    ("Wait 21 days.", "es", "Espere veintiún días."),
    ("Wait 99 days.", "es", "Espere noventa y nueve días."),
    ("Wait 31 days.", "fr", "Attendez trente et un jours."),
    ("Take 2 tablets.", "tl", "Uminom ng dalawang tableta."),
    ("Take 3 tablets.", "ht", "Pran twa grenn."),
    ("Take 2 tablets.", "pl", "Proszę wziąć dwie tabletki."),
    # percent and per-mille signs, digits of other scripts
    ("About 50% of people get a fever.", "ar", "حوالي ٥٠٪ من الناس يصابون بالحمى."),
    ("About 50% of people get a fever.", "zh", "大约百分之50的人会发烧。"),
    ("About 50% of people get a fever.", "ja", "約５０％の人が発熱します。"),
    ("About 50 percent of people get a fever.", "fr", "Environ 50 % des personnes."),
    ("The rate is 3‰.", "es", "La tasa es de 3 por mil."),
    ("Take 2 tablets every 6 hours.", "ar", "تناول ٢ أقراص كل ٦ ساعات."),
    # centuries in Roman numerals, a year range's short end
    ("It began in the 21st century.", "fr", "Cela a commencé au XXIe siècle."),
    ("It began in the 21st century.", "pt", "Começou no século XXI."),
    ("It began in the 21st century.", "es", "Comenzó en el siglo XXI."),
    ("It began in the 19th century.", "pl", "Zaczęło się w XIX wieku."),
    ("During the 2019-20 pandemic.", "fr", "Pendant la pandémie de 2019-2020."),
    # words for thousand and million, dates in other words
    ("The study recruits 6000 adults.", "pt", "O estudo recruta 6 mil adultos."),
    ("About 40,000 new cases.", "pl", "Około 40 tys. nowych przypadków."),
    ("About 1.8 million children.", "pt", "Cerca de 1,8 milhões de crianças."),
    ("It began in late December of 2019.", "pt", "Começou no final de dezembro de 2019."),
    ("Symptoms began after 1 February 2020.", "pt",
     "Os sintomas começaram após 1.º de fevereiro de 2020."),
    ("Cases rose before 23 Jan. 2020, during travel.", "pt",
     "Os casos aumentaram antes de 23 de janeiro de 2020, durante as viagens."),
    # Polish clock times, month names after "w", ordinal compounds (NTREX-128 sentences)
    ("He was found at 7.55am.", "pl", "Znaleziono go o godzinie 7:55."),
    ("The rally is at 7 p.m.", "pl", "Wiec odbędzie się o godzinie 19.00."),
    ("No reports by 1 p.m.", "pl", "Do godziny 13 nie było zgłoszeń."),
    ("They married in June 2018.", "pl", "Pobrali się w czerwcu 2018 roku."),
    ("They married in June 2018.", "ru", "Они поженились в июне 2018 года."),
    ("A 19th-century conflict.", "pl", "Konflikt z XIX wieku."),
    ("Sales grew 2.7 per cent in July.", "pl", "Sprzedaż wzrosła w lipcu 2,7 procent."),
    ("The best time is 5.30pm.", "pl", "Najlepsza jest godzina 17.30."),
    # French ordinals
    ("Start on the 3rd day.", "fr", "Commencez le 3e jour."),
    ("Get the 1st dose now and the 2nd in 4 weeks.", "fr",
     "Recevez la 1re dose maintenant et la 2ème dans 4 semaines."),
    # number words are compared only where both languages' are read: Chinese "两片" and
    # Vietnamese "hai viên" are "two tablets"
    ("Take two tablets three times a day.", "zh", "每天服用两片，每天三次。"),
    ("Take two tablets three times a day.", "vi", "Uống hai viên, ba lần mỗi ngày."),
]


@pytest.mark.parametrize(("en", "lang", "text"), SAME)
def test_correct_translation_has_no_number_mismatch(en: str, lang: str, text: str) -> None:
    assert mismatches(en, lang, text) == []


CHANGED = [
    ("Come back at 6 pm.", "es", "Regrese a las 6 de la mañana."),
    ("Come back at 6 pm.", "vi", "Hãy quay lại lúc 6 giờ sáng."),
    ("Come back at 6 pm.", "zh", "请在上午6点回来。"),
    ("Come back at 6 pm.", "ko", "오전 6시에 다시 오세요."),
    ("Come back at 6 pm.", "fr", "Revenez à 16 h."),
    ("Give 2.5 mL.", "fr", "Donnez 25 ml."),
    ("Give 2.5 mg.", "es", "Dé 2,5 ml."),
    ("The date is 1/31/2025.", "fr", "La date est le 30 janvier 2025."),
    ("The date is 1/31/2025.", "zh", "日期是2025年1月30日。"),
    ("Take 2 tablets every 6 hours.", "ar", "تناول ٣ أقراص كل ٦ ساعات."),
    ("Take 2 tablets every 6 hours.", "zh", "每6小时服用3片。"),
    ("Take 2 tablets every 6 hours.", "ko", "6시간마다 3알을 복용하세요."),
    ("About 50% of people get a fever.", "ja", "約６０％の人が発熱します。"),
    ("Give 5 mL every 6 hours.", "es", "Dé 5 ml cada 8 horas."),
    ("Take 250 mg twice a day.", "ru", "Принимайте 500 мг два раза в день."),
    ("It began in the 21st century.", "fr", "Cela a commencé au XIXe siècle."),
    ("During the 2019-20 pandemic.", "fr", "Pendant la pandémie de 2019-2021."),
    ("Start on the 3rd day.", "fr", "Commencez le 4e jour."),
    ("The study recruits 6000 adults.", "pt", "O estudo recruta 5 mil adultos."),
    ("About 40,000 new cases.", "pl", "Około 4 tys. nowych przypadków."),
    ("The rally is at 7 p.m.", "pl", "Wiec odbędzie się o godzinie 17.00."),
    ("They married in June 2018.", "pl", "Pobrali się w lipcu 2018 roku."),
]


@pytest.mark.parametrize(("en", "lang", "text"), CHANGED)
def test_changed_number_is_an_error(en: str, lang: str, text: str) -> None:
    assert mismatches(en, lang, text)


def test_fold_digits_keeps_offsets() -> None:
    assert fold_digits("٢٫٥ ملغ") == "2.5 ملغ"
    assert fold_digits("０１２％") == "012%"
    assert len(fold_digits("۱۲۳ and ०१२")) == len("۱۲۳ and ०१२")


def test_number_words_to_one_hundred_in_spanish() -> None:
    from num2words import num2words

    for value in range(101):
        words = str(num2words(value, lang="es"))
        found = list(number_words(f"Espere {words} días.", "es"))
        assert [item.keys for item in found] == [frozenset({("n", float(value))})], words


def test_a_roman_numeral_is_a_number_only_beside_a_century_word() -> None:
    assert [item.text for item in extract_items("au XXIe siècle, siglo XIX", "fr")] == [
        "XXI", "XIX"]
    assert extract_items("diabète de type II, Louis XIV, XXIe arrondissement", "fr") == []


def test_a_time_is_one_item() -> None:
    items = extract_items("Hãy quay lại lúc 6 giờ chiều.", "vi")
    assert [(item.kind, item.text) for item in items] == [("time", "6 giờ chiều")]


def test_spanish_preposition_a_is_not_one() -> None:
    """"2 a 2 meses" is not "1 to 2 months": the English article "a" counts as 1 only in
    English."""
    assert mismatches("Get the second dose 1 to 2 months later.", "es",
                      "Reciba la segunda dosis de 2 a 2 meses después.")


# --- 24-hour times, number words compared as values, word hours (a user audit) -----------

SAME_AUDIT = [
    # 6 pm written every correct way; a bare "a las 6" may be either
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 18:00."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 18 h."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 6 p. m."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 6 de la tarde."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las seis de la tarde."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las seis."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 6."),
    ("Take 1 tablet at 6 PM.", "es", "Tome 1 tableta a las 6 p.m."),
    ("Take 1 tablet at 6 am.", "es", "Tome 1 tableta a las 06:00."),
    ("Take 1 tablet at 6 am.", "es", "Tome 1 tableta a las 6:00."),
    ("Take 1 tablet at 6 am.", "fr", "Prenez 1 comprimé à 6 h."),
    ("Take 1 tablet at 6:00.", "es", "Tome 1 tableta a las 18:00."),  # English "6:00": either
    ("Take 1 tablet at 6:00 pm.", "es-US", "Tome 1 tableta a las 6:00."),  # CLDR es-US: h:mm a
    ("Take 1 tablet at one pm.", "es", "Tome 1 tableta a la una de la tarde."),
    ("Take 1 tablet at 2 pm.", "pt", "Tome 1 comprimido às duas da tarde."),
    ("Take it for 2 days.", "ru", "Принимайте 2 дня."),  # "дня": days, not 2 pm
    ("Take it for two days.", "ru", "Принимайте два дня."),
    # number words on both sides, and against digits
    ("Take two tablets three times a day.", "es", "Tome dos tabletas tres veces al día."),
    ("Take two tablets three times a day.", "es", "Tome 2 tabletas 3 veces al día."),
    ("Take 2 tablets 3 times a day.", "es", "Tome dos tabletas tres veces al día."),
    ("Take two tablets twice a day.", "es", "Tome dos tabletas dos veces al día."),
    ("Wait twenty-one days.", "es", "Espere veintiún días."),
    ("Wait ninety-nine days.", "es", "Espere 99 días."),
    ("Wash both hands.", "es", "Lávese las dos manos."),
    ("Take two tablets.", "fr", "Prenez deux comprimés."),
    ("Take two tablets.", "pt", "Tome dois comprimidos."),
    ("Take two tablets.", "pl", "Proszę wziąć dwie tabletki."),
    ("Take two tablets.", "ru", "Примите две таблетки."),
    # "one", "a", "un", "una", "first", "second": pronouns, articles, nouns
    ("One of the doses is given at 2 months.", "es", "Una de las dosis se da a los 2 meses."),
    ("No one should take 2 doses.", "es", "Nadie debe tomar 2 dosis."),
    ("Take 2 tablets a day.", "es", "Tome 2 tabletas al día."),
    ("One of the 2 groups gets the vaccine.", "es", "Uno de los 2 grupos recibe la vacuna."),
    ("Wait a second, then take 2 tablets.", "es", "Espere un segundo y tome 2 tabletas."),
    ("Get the first dose now and the second in 4 weeks.", "es",
     "Reciba la primera dosis ahora y la segunda en 4 semanas."),
    ("Be careful: take 2 tablets.", "es", "Ten cuidado: tome 2 tabletas."),  # "ten": have
    ("Keep your new device for 2 years.", "fr", "Gardez votre appareil neuf 2 ans."),  # new
]


@pytest.mark.parametrize(("en", "lang", "text"), SAME_AUDIT)
def test_correct_time_or_number_word_has_no_mismatch(en: str, lang: str, text: str) -> None:
    assert mismatches(en, lang, text) == []


CHANGED_AUDIT = [
    # a 24-hour morning time is not 6 pm
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 06:00."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 6:00."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 6 h."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las 6 am."),
    ("Take 1 tablet at 6 pm.", "fr", "Prenez 1 comprimé à 6 h."),
    ("Take 1 tablet at 6 pm.", "pt", "Tome 1 comprimido às 6:00."),
    ("Take 1 tablet at 6 pm.", "es", "Tome 1 tableta a las seis de la mañana."),
    ("Take 1 tablet at 6 am.", "es", "Tome 1 tableta a las 18:00."),
    # a changed dose or frequency in words
    ("Take two tablets three times a day.", "es", "Tome cuatro tabletas dos veces al día."),
    ("Take two tablets three times a day.", "es", "Tome dos tabletas cuatro veces al día."),
    ("Take two tablets.", "es", "Tome 4 tabletas."),
    ("Take 2 tablets.", "es", "Tome cuatro tabletas."),
    ("Take two tablets.", "es", "Tome una tableta."),
    ("Take one tablet.", "es", "Tome dos tabletas."),
    ("Take twice a day.", "es", "Tome tres veces al día."),
    ("Wait twenty-one days.", "es", "Espere treinta y un días."),
    ("Take two tablets.", "fr", "Prenez trois comprimés."),
    ("Take two tablets.", "pt", "Tome três comprimidos."),
    ("Take two tablets.", "pl", "Proszę wziąć trzy tabletki."),
    ("Take two tablets.", "ru", "Примите три таблетки."),
]


@pytest.mark.parametrize(("en", "lang", "text"), CHANGED_AUDIT)
def test_changed_time_or_number_word_is_an_error(en: str, lang: str, text: str) -> None:
    assert mismatches(en, lang, text)


def test_a_changed_number_word_is_named() -> None:
    findings = check_translations({"en": "Take two tablets three times a day.",
                                   "es": "Tome cuatro tabletas dos veces al día."},
                                  required=["es"])
    [flag] = [f for f in findings if f.code == "PL405"]
    assert flag.data["source_values"] == ["three"]
    assert flag.data["translation_values"] == ["cuatro"]


def test_a_time_quote_leaves_out_the_full_stop() -> None:
    findings = check_translations({"en": "Take 1 tablet at 6 pm.",
                                   "es": "Tome 1 tableta a las 06:00."}, required=["es"])
    [flag] = [f for f in findings if f.code == "PL405"]
    assert flag.data["source_values"] == ["6 pm"]
    assert flag.data["translation_values"] == ["06:00"]
    assert "“6 pm”" in flag.message
    times = [item.text for item in extract_items("At 6 pm. At 6 p.m. At 7 a. m. At 8 AM.", "en")]
    assert times == ["6 pm", "6 p.m.", "7 a. m.", "8 AM"]


@pytest.mark.parametrize(("text", "lang", "minutes"), [
    ("a las 06:00", "es", {360}),
    ("a las 6:00", "es", {360}),
    ("a las 6 h", "es", {360}),
    ("à 6 h 30", "fr", {390}),
    ("às 6:00", "pt", {360}),
    ("at 6:00", "en", {360, 1080}),  # English writes the day period: 6:00 may be either
    ("at 06:00", "en", {360}),
    ("a las 6:00", "es-US", {360, 1080}),
    ("a las 6", "es", {360, 1080}),
    ("a las seis", "es", {360, 1080}),
    ("seis de la tarde", "es", {1080}),
    ("six pm", "en", {1080}),
    ("18 h", "fr", {1080}),
])
def test_clock_times_read_as_minutes(text: str, lang: str, minutes: set[int]) -> None:
    [item] = extract_items(text, lang)
    assert item.kind == "time"
    assert {key[1] for key in item.keys if key[0] == "time"} == minutes


def test_which_number_words_are_compared() -> None:
    """Cardinals of 2 and more are compared; "one", articles, ordinals, English words in a
    Spanish text and the words of the languages with homographs only satisfy a digit."""
    def counted(text: str, lang: str) -> list[str]:
        return [item.text for item in extract_items(text, lang)
                if item.kind == "word" and not item.soft]

    assert counted("Take two tablets, one of them with a meal, for the first week.", "en") == [
        "two"]
    assert counted("Tome dos tabletas, una de ellas con un vaso de agua, la primera semana.",
                   "es") == ["dos"]
    assert counted("Ten cuidado con seis dosis.", "es") == ["seis"]
    assert counted("Un appareil neuf pour deux ans.", "fr") == ["deux"]
    assert counted("Tiêm hai liều vào năm 2025.", "vi") == []
