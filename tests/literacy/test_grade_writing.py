"""The headline grade measures the writing, not the topic (``literacy.grade``)."""

import pytest

from literacy import Engine


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
