"""Units of measurement as health texts write them, in the languages Plainly reads.

Used where a number's unit matters: translation checks compare a dose's unit across
languages, and the grade tells a measurement ("2.5 mL") from a statistic ("0.73").
"""

from __future__ import annotations

UNITS: dict[str, str] = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "miligramo": "mg", "miligramos": "mg",
    "мг": "mg", "毫克": "mg", "밀리그램": "mg",
    "mcg": "mcg", "µg": "mcg", "μg": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "microgramo": "mcg", "microgramos": "mcg", "мкг": "mcg",
    "g": "g", "gram": "g", "grams": "g", "gramo": "g", "gramos": "g", "gr": "g", "г": "g",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramo": "kg", "kilogramos": "kg",
    "kilo": "kg", "kilos": "kg", "кг": "kg", "公斤": "kg",
    "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "mililitro": "ml", "mililitros": "ml", "cc": "ml", "мл": "ml",
    "毫升": "ml",
    "l": "l", "liter": "l", "liters": "l", "litre": "l", "litres": "l", "litro": "l",
    "litros": "l",
    "iu": "iu", "ui": "iu", "unit": "unit", "units": "unit", "unidad": "unit",
    "unidades": "unit",
    "mmol": "mmol", "mmhg": "mmhg", "mg/dl": "mg/dl", "mg/kg": "mg/kg", "mcg/kg": "mcg/kg",
    "ml/kg": "ml/kg", "mm": "mm", "cm": "cm", "centimeter": "cm", "centimeters": "cm",
    "centímetro": "cm", "centímetros": "cm", "millimeter": "mm", "millimeters": "mm",
    "milímetro": "mm", "milímetros": "mm",
    "in": "in", "inch": "in", "inches": "in", "pulgada": "in", "pulgadas": "in",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "libra": "lb", "libras": "lb",
    "oz": "oz", "ounce": "oz", "ounces": "oz", "onza": "oz", "onzas": "oz",
    "tsp": "tsp", "teaspoon": "tsp", "teaspoons": "tsp", "cucharadita": "tsp",
    "cucharaditas": "tsp",
    "tbsp": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp", "cucharada": "tbsp",
    "cucharadas": "tbsp",
    "°f": "°f", "ºf": "°f", "°c": "°c", "ºc": "°c", "f": "°f", "c": "°c",
}
"""Unit names and symbols, to the unit they stand for."""
