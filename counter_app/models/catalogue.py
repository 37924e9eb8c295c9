"""The service catalogue, its short lists and limits, and the queues services are served
from."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.catalogue import ServiceSpec
from counter_app.domain.org import Area, DeskKind, Resource
from counter_app.models.base import Base, enum_column


class Queue(Base):
    """A line of tickets in one branch (KVIK, borgerservice arrivals, librarian).

    The kiosk shows a queue as a button with ``kiosk_label`` (what the citizen needs, e.g.
    "Hurtig hjælp / KVIK") and ``kiosk_hint``; ``resource`` says whose shifts staff it, and
    ``service_minutes`` is the typical service time the waiting estimate starts from.
    """

    __tablename__ = "queue"
    __table_args__ = (UniqueConstraint("branch_id", "prefix"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    prefix: Mapped[str] = mapped_column(String(3))
    sort_order: Mapped[int] = mapped_column(default=0)
    resource: Mapped[Resource] = mapped_column(
        enum_column(Resource), default=Resource.KVIK, server_default=Resource.KVIK.value
    )
    service_minutes: Mapped[int] = mapped_column(default=5, server_default="5")
    on_kiosk: Mapped[bool] = mapped_column(default=True, server_default=true())
    kiosk_label_da: Mapped[str] = mapped_column(String(60), default="", server_default="")
    kiosk_label_en: Mapped[str] = mapped_column(String(60), default="", server_default="")
    kiosk_hint_da: Mapped[str] = mapped_column(String(120), default="", server_default="")
    kiosk_hint_en: Mapped[str] = mapped_column(String(120), default="", server_default="")


class Service(Base):
    """One thing a citizen can come for (MitID, lægeskift, pas, ...), per municipality.

    Starts from resources/catalogue/services.toml; a manager changes it in the program
    (``catalogue.service.save``). ``desk_kinds`` lists the desk roles that may do it;
    ``checklist`` holds ``{"da": {"bring": [...], "steps": [...]}, "en": {...}}``.
    """

    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("municipality_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name_da: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    area: Mapped[Area] = mapped_column(enum_column(Area))
    authority_task: Mapped[bool] = mapped_column(default=False)
    desk_kinds: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    kvik_within_five_minutes: Mapped[bool] = mapped_column(default=False)
    appointment_only: Mapped[bool] = mapped_column(default=False, server_default=false())
    appointment_resource: Mapped[Resource | None] = mapped_column(
        enum_column(Resource), default=None
    )
    appointment_minutes: Mapped[int | None] = mapped_column(default=None)
    checklist: Mapped[dict[str, dict[str, list[str]]]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )
    active: Mapped[bool] = mapped_column(default=True)
    seasonal: Mapped[bool] = mapped_column(default=False, server_default=false())
    sort_order: Mapped[int] = mapped_column(default=0, server_default="0")

    def apply(self, spec: ServiceSpec, *, sort_order: int) -> None:
        """Copy a checked service description (file or manager's change) onto this row."""
        self.code = spec.code
        self.name_da = spec.name_da
        self.name_en = spec.name_en
        self.area = spec.area
        self.authority_task = spec.authority_task
        self.desk_kinds = sorted(kind.value for kind in spec.desk_kinds)
        self.kvik_within_five_minutes = spec.kvik_within_five_minutes
        self.appointment_only = spec.appointment_only
        self.appointment_resource = spec.appointment_resource
        self.appointment_minutes = spec.appointment_minutes
        self.checklist = {"da": spec.checklist_da.to_json(), "en": spec.checklist_en.to_json()}
        self.active = spec.active
        self.seasonal = spec.seasonal
        self.sort_order = sort_order


class ChoiceKind(StrEnum):
    """The short lists a registration picks from besides services."""

    AUTHORITY = "authority"  # referred to another authority: which
    CALLBACK_GROUP = "callback_group"  # who calls the citizen back: fees, children's books


class CatalogueChoice(Base):
    """An authority to refer to, or a group that takes callbacks, per municipality."""

    __tablename__ = "catalogue_choice"
    __table_args__ = (UniqueConstraint("municipality_id", "kind", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    kind: Mapped[ChoiceKind] = mapped_column(enum_column(ChoiceKind))
    code: Mapped[str] = mapped_column(String(40))
    name_da: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class ServingLimitSetting(Base):
    """The five-minute rule's limit for one desk role of a municipality; a role without a
    row has no limit."""

    __tablename__ = "serving_limit"
    __table_args__ = (UniqueConstraint("municipality_id", "desk_kind"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    desk_kind: Mapped[DeskKind] = mapped_column(enum_column(DeskKind))
    limit_seconds: Mapped[int]
    amber_seconds: Mapped[int]

    @staticmethod
    def id_for(municipality_id: uuid.UUID, desk_kind: DeskKind) -> uuid.UUID:
        """The same id on every desk and the server, so a desk's own change and the
        server's row are one row."""
        return uuid.uuid5(municipality_id, f"serving_limit:{desk_kind.value}")
