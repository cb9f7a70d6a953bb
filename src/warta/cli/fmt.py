"""Numbers as people read them in tables: ``1000000.0`` → "1,000,000", a quantity with its
qualifier and unit → "more than 1,000,000 shells" (never ``1e+06``)."""

from __future__ import annotations

__all__ = ["format_number", "format_quantity"]


def format_number(value: float | int) -> str:
    """Thousands separated; whole numbers without a decimal part; others to at most 3 decimals."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def format_quantity(value: float | int | None, unit: str | None = None, qualifier: str | None = None) -> str:
    """``(1e6, "shells", "more than")`` → "more than 1,000,000 shells"; "" when there is no value."""
    if value is None:
        return ""
    return " ".join(p for p in (qualifier, format_number(value), unit) if p)
