"""The headline grade measures the writing, not the topic (``literacy.grade``)."""

import pytest

from literacy import Engine
from literacy.measures import is_decimal


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load("en")


def grade(engine: Engine, text: str) -> float:
    value = engine.analyze(text, format="plain").readability.grade
    assert value is not None
    return value


LONG = (
    "Impetigo is a skin infection that is caused by bacteria and that spreads easily between "
    "people, so if you notice sores or blisters that burst and leave crusty golden patches on "
    "the face or hands of your child, you should keep them away from school or nursery until "
    "the sores have dried up or until they have taken antibiotics for two days, because "
    "otherwise other children may catch the infection from them."
)
SHORT = (
    "Impetigo is a skin infection. It is caused by bacteria. It spreads easily between people. "
    "Look for sores or blisters on the face or hands. They burst and leave crusty golden "
    "patches. Keep your child away from school or nursery. Wait until the sores have dried up. "
    "Or wait until they have taken antibiotics for two days. Otherwise other children may "
    "catch the infection."
)


def test_short_plain_sentences_grade_lower_than_long_ones(engine: Engine) -> None:
    short, long = grade(engine, SHORT), grade(engine, LONG)
    assert short < long - 3, (short, long)
    assert short <= 8 < long  # the short version meets the usual target; the long one fails


def test_a_defined_term_repeated_does_not_raise_the_grade(engine: Engine) -> None:
    body = "{} can make your skin red, hot and sore. {} can spread if you do not treat it. "
    definition = "Cellulitis is an infection of the skin. "
    named = definition + body.format("Cellulitis", "Cellulitis") * 5
    pronoun = definition + body.format("It", "It") * 5
    assert grade(engine, named) <= grade(engine, pronoun) + 1e-9


def test_an_undefined_term_repeated_still_counts(engine: Engine) -> None:
    body = "{} can make your skin red, hot and sore. {} can spread if you do not treat it. "
    named = body.format("Cellulitis", "Cellulitis") * 5
    pronoun = body.format("Cellulitis", "It") + body.format("It", "It") * 4
    assert grade(engine, named) > grade(engine, pronoun) + 1


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Flu.", 0, 6),
        ("Go. Sit. Rest. Eat. Drink. Sleep.", 0, 3),
        ("We saw no difference (RR 0.73, 95% CI 0.65 to 0.81; I² = 12%; 7 RCTs; n = 2,114).",
         8, 22),
        ("Pharmacokinetic immunohistochemical electroencephalographic "
         "esophagogastroduodenoscopy demonstrated hepatosplenomegaly, thrombocytopenia, "
         "hypoalbuminemia, hyperbilirubinemia and cholangiocarcinoma-associated "
         "lymphadenopathy notwithstanding antiretroviral pharmacotherapy.", 18, 22),
    ],
)
def test_the_grade_stays_between_0_and_22_at_the_extremes(
    engine: Engine, text: str, low: float, high: float
) -> None:
    assert low <= grade(engine, text) < high


@pytest.mark.parametrize(
    ("numeral", "decimal"),
    [("0.73", True), ("2,5", True), ("1,234.5", True), ("0.001", True), ("2.5mg", True),
     ("1,234", False), ("10.000", False), ("1.000.000", False), ("95%", False), ("3", False),
     ("1-800-232-4636", False)],
)
def test_is_decimal_tells_fractions_from_thousands(numeral: str, decimal: bool) -> None:
    assert is_decimal(numeral) is decimal


LEAFLET = SHORT + " Call {} if you have questions."


def test_a_phone_number_weighs_no_more_than_a_short_word(engine: Engine) -> None:
    # Read aloud, "1-800-232-4636" is a dozen syllables; in the grade a numeral is one.
    phone = grade(engine, LEAFLET.format("1-800-232-4636"))
    name = grade(engine, LEAFLET.format("Sam"))
    assert abs(phone - name) < 0.2, (phone, name)


def test_a_single_dose_with_a_decimal_grades_as_a_whole_number(engine: Engine) -> None:
    dose = "Give your child {} mL of the medicine. Wait four hours before the next dose."
    assert grade(engine, dose.format("2.5")) == pytest.approx(grade(engine, dose.format("2")))


def test_an_estimate_with_its_interval_in_decimals_grades_higher(engine: Engine) -> None:
    statistic = "Fewer people died with the new drug ({}, from {} to {})."
    decimals = grade(engine, statistic.format("0.73", "0.65", "0.81"))
    whole = grade(engine, statistic.format("73", "65", "81"))
    assert decimals > whole + 3, (decimals, whole)


def test_a_dose_range_in_decimals_with_units_grades_as_whole_numbers(engine: Engine) -> None:
    """"2.5 mL to 7.5 mL" is a measurement a parent reads off a syringe, not a statistic."""
    dose = "Give your child {} mL to {} mL of the medicine every 4 hours."
    assert grade(engine, dose.format("2.5", "7.5")) == pytest.approx(
        grade(engine, dose.format("2", "7")), abs=0.01
    )
