"""Every text colour of every style sheet meets WCAG AA contrast on what it is drawn on
(EN 301 549 11.1.4.3: 4.5:1, 3:1 for large text). Inactive (disabled) controls are exempt,
as WCAG says.

The pairs come from the sheets themselves: a rule's text colour is drawn on its own
background; a rule without one on the nearest rule it is inside (``#hero`` for
``#hero QLabel``); a rule inside nothing on its window's page (``#kiosk``, ``#board``) or
on Qt's palette. A variant (``#hero[flash="true"]``, ``:pressed``) keeps what it does not
set from its plain rule.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

import counter_app.ui
from counter_app.ui.style import attention_bar_rule, error_label_rule

# The page a sheet's rules are drawn on, where a window paints one of its own.
PAGES = {"KIOSK_STYLE": "#kiosk", "BOARD_STYLE": "#board"}


def _sheets() -> dict[str, str]:
    """Every style sheet the program sets: the ``*STYLE`` constants of counter_app.ui's
    modules and the shared rules."""
    sheets: dict[str, str] = {}
    for module_info in pkgutil.iter_modules(counter_app.ui.__path__):
        module = importlib.import_module(f"counter_app.ui.{module_info.name}")
        for name, value in vars(module).items():
            if name.endswith("STYLE") and isinstance(value, str):
                sheets[name] = value  # the same sheet imported elsewhere has the same name
    sheets["error_label_rule"] = error_label_rule("anError")
    sheets["attention_bar_rule"] = attention_bar_rule("aBar")
    return sheets


@dataclass(frozen=True)
class Rule:
    selector: str
    properties: dict[str, str]

    @property
    def plain(self) -> str:
        """The selector without its last part's states and attributes."""
        head, _, last = self.selector.rpartition(" ")
        last = re.split(r"[:\[]", last, maxsplit=1)[0]
        return f"{head} {last}".strip()


def _rules(sheet: str) -> dict[str, Rule]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    rules: dict[str, Rule] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        properties = {
            key.strip(): value.strip()
            for key, value in (p.split(":", 1) for p in body.split(";") if ":" in p)
        }
        for written in selectors.split(","):
            selector = " ".join(written.split())
            known = rules.get(selector)
            merged = {**known.properties, **properties} if known else properties
            rules[selector] = Rule(selector, merged)
    return rules


def _background(properties: dict[str, str]) -> str | None:
    value = properties.get("background-color") or properties.get("background")
    if value is None or value == "transparent":
        return None
    return value


def _luminance(colour: str) -> float:
    parsed = QColor(colour)
    assert parsed.isValid(), f"not a colour: {colour}"

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(parsed.redF())
        + 0.7152 * channel(parsed.greenF())
        + 0.0722 * channel(parsed.blueF())
    )


def contrast(text: str, background: str) -> float:
    """WCAG's contrast ratio of two colours."""
    lighter, darker = sorted((_luminance(text), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _large(properties: dict[str, str]) -> bool:
    """WCAG's large text: 18 pt (24 px), or 14 pt (18.7 px) bold."""
    size = re.match(r"(\d+)px", properties.get("font-size", ""))
    pixels = int(size.group(1)) if size else 0
    return pixels >= 24 or (pixels >= 19 and properties.get("font-weight") == "bold")


def _pairs(name: str, sheet: str, palette: QPalette) -> list[tuple[str, str, str, bool]]:
    """(selector, text colour, background, large) for each text drawn by ``sheet``."""
    rules = _rules(sheet)
    page_rule = rules.get(PAGES.get(name, ""))
    page = (page_rule and _background(page_rule.properties)) or palette.color(
        QPalette.ColorRole.Window
    ).name()

    def effective(rule: Rule) -> dict[str, str]:
        base = rules.get(rule.plain)
        return (
            {**base.properties, **rule.properties} if base and base is not rule else rule.properties
        )

    def drawn_on(selector: str) -> str:
        """The background of the nearest rule ``selector`` is inside, else the page."""
        parts = selector.split(" ")
        for end in range(len(parts) - 1, 0, -1):
            outer = rules.get(" ".join(parts[:end]))
            if outer is not None and (colour := _background(effective(outer))):
                return colour
        return page

    pairs = []
    for rule in rules.values():
        if ":disabled" in rule.selector:
            continue  # inactive controls: exempt from contrast (WCAG 1.4.3)
        properties = effective(rule)
        background = _background(properties)
        if "color" in properties:
            pairs.append(
                (
                    rule.selector,
                    properties["color"],
                    background or drawn_on(rule.selector),
                    _large(properties),
                )
            )
        elif background and rule.plain != rule.selector:
            # A variant's background under the text its plain rule's insides are drawn in,
            # unless the variant names its own insides.
            if any(s.startswith(rule.selector + " ") for s in rules):
                continue
            for inner in rules.values():
                if inner.selector.startswith(rule.plain + " ") and "color" in inner.properties:
                    text = inner.properties["color"]
                    pairs.append((inner.selector, text, background, _large(inner.properties)))
    return pairs


def test_every_text_colour_of_every_sheet_meets_wcag_aa(qapp: QApplication) -> None:
    palette = qapp.palette()
    failures = []
    checked = 0
    for name, sheet in _sheets().items():
        for selector, text, background, large in _pairs(name, sheet, palette):
            checked += 1
            needed = 3.0 if large else 4.5
            ratio = contrast(text, background)
            if ratio < needed:
                failures.append(f"{name} {selector}: {text} on {background} {ratio:.2f}:1")
    assert checked > 60, "the sheets were not read"
    assert failures == []


@pytest.mark.parametrize(
    ("sheet", "expected"),
    [
        # Own background.
        ("#a { color: #777777; background: #ffffff; }", [("#a", "#777777", "#ffffff")]),
        # Drawn inside another rule's background.
        (
            "#a { background: #1f3a5f; } #a QLabel { color: #ffffff; }",
            [("#a QLabel", "#ffffff", "#1f3a5f")],
        ),
        # A variant of the outer rule changes the background under the same text.
        (
            '#h { background: #ffcc33; } #h[f="true"] { background: #ffffff; }'
            " #h QLabel { color: #0e2238; }",
            [("#h QLabel", "#0e2238", "#ffcc33"), ("#h QLabel", "#0e2238", "#ffffff")],
        ),
        # Disabled: exempt.
        (
            "#b { color: #ffffff; background: #1f6f43; } #b:disabled { background: #6b6b6b; }",
            [("#b", "#ffffff", "#1f6f43")],
        ),
    ],
)
def test_the_pairs_are_read_as_drawn(
    qapp: QApplication, sheet: str, expected: list[tuple[str, str, str]]
) -> None:
    pairs = [(s, t, b) for s, t, b, _ in _pairs("TEST_STYLE", sheet, qapp.palette())]
    assert sorted(pairs) == sorted(expected)


def test_the_ratio_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast("#ffffff", "#1f3a5f") == pytest.approx(11.5, abs=0.1)
