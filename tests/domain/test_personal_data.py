"""Contact data for a callback: a Danish phone number or an e-mail, never a CPR number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.personal_data import (
    PersonalDataError,
    check_contact,
    check_name,
    refuse_cpr,
)


@pytest.mark.parametrize(
    ("given_", "stored"),
    [
        ("12345678", "+45 12 34 56 78"),
        ("+45 12 34 56 78", "+45 12 34 56 78"),
        ("0045-1234 5678", "+45 12 34 56 78"),
        ("karen@example.dk", "karen@example.dk"),
    ],
)
def test_phone_numbers_and_e_mails_are_accepted(given_: str, stored: str) -> None:
    assert check_contact(given_) == stored


@pytest.mark.parametrize("contact", ["", "1234567", "ring mig", "karen@", "@x.dk", "a@b"])
def test_anything_else_is_refused_with_a_hint(contact: str) -> None:
    with pytest.raises(PersonalDataError, match="Danish phone number"):
        check_contact(contact)


@given(
    st.integers(1, 28), st.integers(1, 12), st.integers(0, 99), st.integers(0, 9999),
    st.sampled_from(["-", "", " "]),
)  # fmt: skip
def test_a_cpr_number_is_refused_wherever_it_hides(
    day: int, month: int, year: int, serial: int, dash: str
) -> None:
    cpr = f"{day:02d}{month:02d}{year:02d}{dash}{serial:04d}"
    for text in (cpr, f"Borgerens nummer er {cpr}, ring", f"{cpr}."):
        with pytest.raises(PersonalDataError, match="CPR"):
            refuse_cpr(text)
    with pytest.raises(PersonalDataError, match="CPR"):
        check_contact(cpr)


def test_ordinary_text_with_numbers_passes() -> None:
    for text in ("Bog nr. 123456", "Ring efter kl. 14", "12 34 56 78", "Sag 2026-1234"):
        assert refuse_cpr(text) == text


def test_a_name_is_needed_and_kept_short() -> None:
    assert check_name("  Karen   Hansen ") == "Karen Hansen"
    with pytest.raises(PersonalDataError, match="name"):
        check_name("   ")
    with pytest.raises(PersonalDataError, match="80"):
        check_name("x" * 81)
