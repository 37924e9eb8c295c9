"""The catalogue file: the shipped one is whole, and a broken one is refused with a
message that names the service and the field."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from counter_app.domain.catalogue import (
    CatalogueError,
    check_limit,
    check_service,
    load_catalogue,
    parse_catalogue,
)
from counter_app.domain.org import Area, DeskKind, Resource

GOOD = """
[serving_limits]
kvik = { limit_minutes = 5, amber_minutes = 4 }

[[callback_groups]]
code = "fees"
name_da = "Gebyrer"
name_en = "Fees"

[[services]]
code = "passport"
name_da = "Pas"
name_en = "Passport"
area = "citizen_service"
authority_task = true
desk_kinds = ["caseworker"]
kvik_within_five_minutes = false
appointment_only = true
appointment_resource = "citizen_service"
appointment_minutes = 15
bring_da = ["Det gamle pas"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "services.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_catalogue_has_the_services_of_the_seeds() -> None:
    catalogue = load_catalogue()
    codes = {service.code for service in catalogue.services}
    seeds = {
        "mitid", "borrower", "gp_change", "health_card", "address_change", "waste_stickers",
        "payment", "referral", "post", "self_service", "passport", "driving_licence",
        "housing_benefit", "tax", "digital_post_exemption", "no_fixed_address",
        "postal_vote", "info_search", "assignment_help",
    }  # fmt: skip
    assert seeds <= codes
    by_code = {service.code: service for service in catalogue.services}
    assert by_code["postal_vote"].seasonal and not by_code["postal_vote"].active
    assert by_code["assignment_help"].appointment_minutes == 30
    assert by_code["assignment_help"].appointment_resource is Resource.LIBRARIAN
    assert DeskKind.KVIK not in by_code["passport"].desk_kinds
    assert by_code["passport"].authority_task and by_code["passport"].appointment_only
    assert by_code["borrower"].area is Area.LIBRARY
    # Every service has a checklist in both languages, and KVIK has the five-minute limit.
    assert all(s.checklist_da.steps and s.checklist_en.steps for s in catalogue.services)
    assert catalogue.serving_limits[DeskKind.KVIK].limit_seconds == 300
    assert {g.code for g in catalogue.callback_groups} >= {"fees", "children"}
    assert "skat" in {a.code for a in catalogue.authorities}


def test_a_good_file_loads(tmp_path: Path) -> None:
    catalogue = load_catalogue(_write(tmp_path, GOOD))
    (passport,) = catalogue.services
    assert passport.name("en") == "Passport"
    assert passport.checklist("da").bring == ("Det gamle pas",)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('name_da = "Pas"', "services[1] (passport): name_da is missing"),
        ('desk_kinds = ["caseworker"]', "unknown desk role 'janitor'"),
        ("appointment_minutes = 15", "appointment_minutes must be 15 or 30, not 20"),
        ('area = "citizen_service"', "area must be one of library, citizen_service"),
        ("authority_task = true", "authority_task must be true or false"),
        ('code = "passport"', "code is missing"),
    ],
)
def test_a_broken_service_is_named_with_its_fault(
    tmp_path: Path, change: str, message: str
) -> None:
    broken = {
        'name_da = "Pas"': 'name_da = ""',
        'desk_kinds = ["caseworker"]': 'desk_kinds = ["caseworker", "janitor"]',
        "appointment_minutes = 15": "appointment_minutes = 20",
        'area = "citizen_service"': 'area = "castle"',
        "authority_task = true": 'authority_task = "yes"',
        'code = "passport"': "",
    }[change]
    path = _write(tmp_path, GOOD.replace(change, broken))
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)  # IT knows which file to open


def test_a_cpr_number_in_a_name_or_a_checklist_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace('name_da = "Pas"', 'name_da = "Pas 010190-1234"', 1)
    assert text != GOOD
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(_write(tmp_path, text))
    assert any("name_da looks like it holds a CPR number" in p for p in caught.value.problems)
    service = tomllib.loads(GOOD)["services"][0]
    check_service(service)  # as it is, a manager may save it
    service["bring_da"] = ["Det gamle pas", "Sygesikring 0101901234"]
    with pytest.raises(CatalogueError, match="bring_da looks like it holds a CPR number"):
        check_service(service)


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    text = GOOD.replace('name_en = "Passport"', "").replace("= 15", "= 45")
    text += '\n[[services]]\ncode = "passport"\n'
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(_write(tmp_path, text))
    problems = caught.value.problems
    assert any("name_en is missing" in p for p in problems)
    assert any("15 or 30" in p for p in problems)
    assert any("services[2] (passport): desk_kinds" in p for p in problems)


def test_contradictions_are_refused() -> None:
    base = parse_catalogue({}).services  # an empty catalogue parses to nothing
    assert base == ()
    service: dict[str, object] = {
        "code": "x",
        "name_da": "X",
        "name_en": "X",
        "area": "library",
        "authority_task": False,
        "desk_kinds": ["librarian"],
        "kvik_within_five_minutes": True,
    }
    with pytest.raises(CatalogueError, match="cannot be appointment_only and done at KVIK"):
        check_service(
            service
            | {
                "desk_kinds": ["kvik"],
                "appointment_only": True,
                "appointment_resource": "librarian",
                "appointment_minutes": 15,
            }
        )
    with pytest.raises(CatalogueError, match="needs 'kvik' in desk_kinds"):
        check_service(service)
    with pytest.raises(CatalogueError, match="both appointment_resource and appointment_minutes"):
        check_service(service | {"kvik_within_five_minutes": False, "appointment_minutes": 30})


def test_a_file_that_is_not_toml_or_not_there_says_so(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="is not valid TOML"):
        load_catalogue(_write(tmp_path, "[[services]\ncode ="))
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue(tmp_path / "missing.toml")
    with pytest.raises(CatalogueError, match="unknown section 'servises'"):
        load_catalogue(_write(tmp_path, GOOD + "\n[[servises]]\ncode = 'x'\n"))


def test_limits_are_checked() -> None:
    assert check_limit(5, 4).amber_seconds == 240
    for limit, amber in ((5, 5), (5, 0), (0, 0), (200, 10), ("5", 4), (True, 0)):
        with pytest.raises(CatalogueError):
            check_limit(limit, amber)
    with pytest.raises(CatalogueError, match=r"serving_limits\.kiosk: unknown desk role"):
        parse_catalogue({"serving_limits": {"kiosk": {"limit_minutes": 5, "amber_minutes": 4}}})
