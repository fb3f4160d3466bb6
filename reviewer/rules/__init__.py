"""Rule families: one module per family, each check declared once with @check."""

from importlib import import_module

FAMILY_NAMES = ("template", "identity", "standards", "numbers", "scores", "dates", "eligibility", "security")
FAMILIES = tuple(import_module(f"reviewer.rules.{name}") for name in FAMILY_NAMES
                 if __import__("importlib.util").util.find_spec(f"reviewer.rules.{name}") is not None)
