"""The service catalogue: what a citizen can come for, who may do it, what it takes.

It ships as ``resources/catalogue/services.toml``; a municipality starts from it and its
manager changes it in the program. The same checks run on the file and on every change,
so a broken catalogue is refused with a message that names the service and the field.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from counter_app.domain.org import Area, DeskKind, Resource
from counter_app.domain.personal_data import holds_cpr

E = TypeVar("E", Area, Resource)

APPOINTMENT_MINUTES = (15, 30)  # a slot and a double slot
# Desks that serve citizens; a kiosk or a display board does no service.
SERVING_DESKS = (
    DeskKind.KVIK,
    DeskKind.CASEWORKER,
    DeskKind.LIBRARIAN,
    DeskKind.BRANCH,
    DeskKind.CONTACT_CENTRE,
)
APPOINTMENT_RESOURCES = (Resource.CITIZEN_SERVICE, Resource.LIBRARIAN)
MAX_CHECKLIST_LINES = 12
MAX_LINE = 200
CODE_MAX = 40
NAME_MAX = 120


class CatalogueError(ValueError):
    """A catalogue (file or change) that cannot be used; ``problems`` lists every fault."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class Checklist:
    """What the citizen must bring and the steps, in one language."""

    bring: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str]]:
        """As stored in the database and sent in a mutation."""
        return {"bring": list(self.bring), "steps": list(self.steps)}


@dataclass(frozen=True)
class ServiceSpec:
    """One service as the catalogue describes it.

    ``appointment_resource`` and ``appointment_minutes`` say which appointment to book
    when the service takes longer than the counter allows; ``appointment_only`` services
    (a passport) are never done at the counter at all.
    """

    code: str
    name_da: str
    name_en: str
    area: Area
    authority_task: bool
    desk_kinds: frozenset[DeskKind]
    kvik_within_five_minutes: bool
    appointment_only: bool = False
    appointment_resource: Resource | None = None
    appointment_minutes: int | None = None
    checklist_da: Checklist = field(default_factory=Checklist)
    checklist_en: Checklist = field(default_factory=Checklist)
    active: bool = True
    seasonal: bool = False
    sort_order: int = 0

    def name(self, language: str) -> str:
        """The name in ``language`` ("da" or "en")."""
        return self.name_en if language == "en" else self.name_da

    def checklist(self, language: str) -> Checklist:
        """The checklist in ``language`` ("da" or "en")."""
        return self.checklist_en if language == "en" else self.checklist_da


@dataclass(frozen=True)
class Choice:
    """An authority a citizen can be referred to, or a group that takes callbacks."""

    code: str
    name_da: str
    name_en: str

    def name(self, language: str) -> str:
        """The name in ``language`` ("da" or "en")."""
        return self.name_en if language == "en" else self.name_da


@dataclass(frozen=True)
class Catalogue:
    """Everything the catalogue file holds."""

    services: tuple[ServiceSpec, ...]
    authorities: tuple[Choice, ...]
    callback_groups: tuple[Choice, ...]
    serving_limits: Mapping[DeskKind, ServingLimitSpec]


@dataclass(frozen=True)
class ServingLimitSpec:
    """How long one citizen may take at a desk of a kind before the desk is prompted."""

    limit_seconds: int
    amber_seconds: int


def catalogue_file() -> Path:
    """resources/catalogue/services.toml beside the package (or inside a frozen build)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources" / "catalogue" / "services.toml"


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check a catalogue file; raise :class:`CatalogueError` naming every fault."""
    path = path or catalogue_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError([f"{path}: cannot be read ({exc.strerror or exc})"]) from exc
    except UnicodeDecodeError as exc:
        raise CatalogueError([f"{path}: is not UTF-8 text"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError([f"{path}: is not valid TOML ({exc})"]) from exc
    try:
        return parse_catalogue(data)
    except CatalogueError as exc:
        raise CatalogueError([f"{path}: {problem}" for problem in exc.problems]) from exc


def parse_catalogue(data: Mapping[str, Any]) -> Catalogue:
    """Check a catalogue read from TOML (or JSON); collect every problem before failing."""
    problems: list[str] = []
    unknown = set(data) - {"services", "authorities", "callback_groups", "serving_limits"}
    problems += [f"unknown section {name!r}" for name in sorted(unknown)]
    services = [
        spec
        for index, raw in enumerate(_table_list(data, "services", problems))
        if (spec := _service(raw, f"services[{index + 1}]", problems)) is not None
    ]
    if not services and "services" in data:
        problems.append("services: the catalogue has no service")
    authorities = _choices(data, "authorities", problems)
    groups = _choices(data, "callback_groups", problems)
    limits = _limits(data.get("serving_limits", {}), problems)
    _no_duplicates((s.code for s in services), "services", problems)
    if problems:
        raise CatalogueError(problems)
    return Catalogue(tuple(services), tuple(authorities), tuple(groups), limits)


def check_service(raw: Mapping[str, Any]) -> ServiceSpec:
    """Check one service as a manager changed it; raise :class:`CatalogueError`."""
    problems: list[str] = []
    spec = _service(raw, str(raw.get("code") or "service"), problems)
    if spec is None or problems:
        raise CatalogueError(problems)
    return spec


def _table_list(data: Mapping[str, Any], key: str, problems: list[str]) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.append(f"{key}: must be a list of tables ([[{key}]])")
        return []
    return value


_SERVICE_KEYS = {
    "code",
    "name_da",
    "name_en",
    "area",
    "authority_task",
    "desk_kinds",
    "kvik_within_five_minutes",
    "appointment_only",
    "appointment_resource",
    "appointment_minutes",
    "bring_da",
    "bring_en",
    "steps_da",
    "steps_en",
    "active",
    "seasonal",
    "sort_order",
}


def _service(raw: object, where: str, problems: list[str]) -> ServiceSpec | None:  # noqa: PLR0912  (one check per field reads best)
    if not isinstance(raw, Mapping):
        problems.append(f"{where}: must be a table")
        return None
    code = raw.get("code")
    if isinstance(code, str) and code:
        where = f"{where} ({code})"
    before = len(problems)
    problems += [f"{where}: unknown field {key!r}" for key in sorted(set(raw) - _SERVICE_KEYS)]
    code = _code(raw, "code", where, problems)
    name_da = _text(raw, "name_da", where, problems, NAME_MAX)
    name_en = _text(raw, "name_en", where, problems, NAME_MAX)
    area = _enum(raw, "area", Area, where, problems)
    kinds_raw = raw.get("desk_kinds")
    kinds: set[DeskKind] = set()
    if not isinstance(kinds_raw, list) or not kinds_raw:
        problems.append(f"{where}: desk_kinds must list at least one desk role")
    else:
        for kind in kinds_raw:
            if kind in {k.value for k in SERVING_DESKS}:
                kinds.add(DeskKind(kind))
            else:
                allowed = ", ".join(k.value for k in SERVING_DESKS)
                problems.append(f"{where}: unknown desk role {kind!r} (use {allowed})")
    flags = {
        name: _flag(raw, name, where, problems, default)
        for name, default in (
            ("authority_task", None),
            ("kvik_within_five_minutes", None),
            ("appointment_only", False),
            ("active", True),
            ("seasonal", False),
        )
    }
    resource: Resource | None = None
    if raw.get("appointment_resource") is not None:
        resource = _enum(raw, "appointment_resource", Resource, where, problems)
        if resource is not None and resource not in APPOINTMENT_RESOURCES:
            problems.append(f"{where}: appointment_resource must be citizen_service or librarian")
    minutes = raw.get("appointment_minutes")
    if minutes is not None and (type(minutes) is not int or minutes not in APPOINTMENT_MINUTES):
        problems.append(f"{where}: appointment_minutes must be 15 or 30, not {minutes!r}")
    if (resource is None) != (minutes is None):
        problems.append(
            f"{where}: give both appointment_resource and appointment_minutes, or neither"
        )
    if flags["appointment_only"] and resource is None:
        problems.append(f"{where}: appointment_only needs appointment_resource and minutes")
    if flags["appointment_only"] and flags["kvik_within_five_minutes"]:
        problems.append(
            f"{where}: a service cannot be appointment_only and done at KVIK within five minutes"
        )
    if flags["kvik_within_five_minutes"] and DeskKind.KVIK not in kinds:
        problems.append(f"{where}: kvik_within_five_minutes needs 'kvik' in desk_kinds")
    lists = {key: _lines(raw, key, where, problems) for key in ("bring_da", "bring_en")}
    lists |= {key: _lines(raw, key, where, problems) for key in ("steps_da", "steps_en")}
    sort_order = raw.get("sort_order", 0)
    if type(sort_order) is not int:
        problems.append(f"{where}: sort_order must be a whole number")
    if len(problems) > before:
        return None
    assert code and name_da and name_en and area is not None
    return ServiceSpec(
        code=code,
        name_da=name_da,
        name_en=name_en,
        area=area,
        authority_task=bool(flags["authority_task"]),
        desk_kinds=frozenset(kinds),
        kvik_within_five_minutes=bool(flags["kvik_within_five_minutes"]),
        appointment_only=bool(flags["appointment_only"]),
        appointment_resource=resource,
        appointment_minutes=minutes,
        checklist_da=Checklist(lists["bring_da"], lists["steps_da"]),
        checklist_en=Checklist(lists["bring_en"], lists["steps_en"]),
        active=bool(flags["active"]),
        seasonal=bool(flags["seasonal"]),
        sort_order=sort_order,
    )


def _code(raw: Mapping[str, Any], key: str, where: str, problems: list[str]) -> str | None:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        problems.append(f"{where}: {key} is missing")
        return None
    if len(value) > CODE_MAX or not all(c.isascii() and (c.isalnum() or c == "_") for c in value):
        problems.append(f"{where}: {key} {value!r} must be at most {CODE_MAX} letters, digits or _")
        return None
    return value


def _text(
    raw: Mapping[str, Any], key: str, where: str, problems: list[str], limit: int
) -> str | None:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: {key} is missing")
        return None
    if len(value) > limit or "\x00" in value:
        problems.append(f"{where}: {key} is longer than {limit} characters or holds NUL")
        return None
    if holds_cpr(value):
        problems.append(f"{where}: {key} looks like it holds a CPR number; leave it out")
        return None
    return value.strip()


def _enum(
    raw: Mapping[str, Any], key: str, kind: type[E], where: str, problems: list[str]
) -> E | None:
    value = raw.get(key)
    try:
        return kind(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        problems.append(f"{where}: {key} must be one of {allowed}, not {value!r}")
        return None


def _flag(
    raw: Mapping[str, Any], key: str, where: str, problems: list[str], default: bool | None
) -> bool | None:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        problems.append(f"{where}: {key} must be true or false")
        return None
    return value


def _lines(raw: Mapping[str, Any], key: str, where: str, problems: list[str]) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(line, str) for line in value):
        problems.append(f"{where}: {key} must be a list of texts")
        return ()
    if len(value) > MAX_CHECKLIST_LINES or any(
        len(line) > MAX_LINE or "\x00" in line for line in value
    ):
        problems.append(
            f"{where}: {key} may have at most {MAX_CHECKLIST_LINES} lines of {MAX_LINE} characters"
        )
        return ()
    if any(holds_cpr(line) for line in value):
        problems.append(f"{where}: {key} looks like it holds a CPR number; leave it out")
        return ()
    return tuple(line.strip() for line in value if line.strip())


def _choices(data: Mapping[str, Any], key: str, problems: list[str]) -> list[Choice]:
    choices = []
    for index, raw in enumerate(_table_list(data, key, problems)):
        where = f"{key}[{index + 1}]"
        if not isinstance(raw, Mapping):
            problems.append(f"{where}: must be a table")
            continue
        before = len(problems)
        problems += [
            f"{where}: unknown field {k!r}"
            for k in sorted(set(raw) - {"code", "name_da", "name_en"})
        ]
        code = _code(raw, "code", where, problems)
        name_da = _text(raw, "name_da", where, problems, NAME_MAX)
        name_en = _text(raw, "name_en", where, problems, NAME_MAX)
        if len(problems) == before and code and name_da and name_en:
            choices.append(Choice(code, name_da, name_en))
    _no_duplicates((c.code for c in choices), key, problems)
    return choices


def _limits(raw: object, problems: list[str]) -> dict[DeskKind, ServingLimitSpec]:
    if not isinstance(raw, Mapping):
        problems.append("serving_limits: must be a table of desk roles")
        return {}
    limits = {}
    for kind, value in raw.items():
        where = f"serving_limits.{kind}"
        if kind not in {k.value for k in SERVING_DESKS}:
            problems.append(f"{where}: unknown desk role {kind!r}")
            continue
        if not isinstance(value, Mapping):
            problems.append(f"{where}: must be a table with limit_minutes and amber_minutes")
            continue
        try:
            limits[DeskKind(kind)] = check_limit(
                value.get("limit_minutes"), value.get("amber_minutes")
            )
        except CatalogueError as exc:
            problems += [f"{where}: {problem}" for problem in exc.problems]
    return limits


def check_limit(limit_minutes: object, amber_minutes: object) -> ServingLimitSpec:
    """A serving limit in minutes, amber before red; raise :class:`CatalogueError`."""
    numbers = (limit_minutes, amber_minutes)
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        raise CatalogueError(["limit_minutes and amber_minutes must be numbers"])
    limit = round(float(limit_minutes) * 60)  # type: ignore[arg-type]
    amber = round(float(amber_minutes) * 60)  # type: ignore[arg-type]
    if not 60 <= limit <= 120 * 60:
        raise CatalogueError(["limit_minutes must be between 1 and 120"])
    if not 0 < amber < limit:
        raise CatalogueError(["amber_minutes must be above 0 and below limit_minutes"])
    return ServingLimitSpec(limit, amber)


def _no_duplicates(codes: Iterable[str], where: str, problems: list[str]) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            problems.append(f"{where}: the code {code!r} is used twice")
        seen.add(code)
