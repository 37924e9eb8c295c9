"""The service catalogue at a desk: what it may do, the checklists, the serving limit of
its role, and a manager's changes, which sync to every desk of the municipality."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.catalogue import check_limit, check_service
from counter_app.domain.five_minute import ServingLimit
from counter_app.domain.org import DeskKind
from counter_app.models import (
    Base,
    CatalogueChoice,
    ChoiceKind,
    Inquiry,
    InquiryService,
    Service,
    ServingLimitSetting,
)
from counter_app.protocol.mutations import (
    CatalogueLimitSaveV1,
    CatalogueServiceSaveV1,
    MutationType,
    Payload,
)
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.staff_desk import signed_in_manager
from counter_app.services.views import (
    AppointmentKind,
    ChecklistView,
    ChoiceView,
    ServiceView,
    StaffChoice,
)
from counter_app.sync.outbox import append

# The services this desk registered most in this window come first in its lists.
USAGE_WINDOW = timedelta(days=30)


class CatalogueDesk(DeskUseCases):
    """Catalogue use cases over the desk's local database and its sync engine."""

    def services(self, language: str, *, include_inactive: bool = False) -> list[ServiceView]:
        """The municipality's services, those this desk uses most first, then the
        catalogue's order; inactive ones (a postal vote out of season) only on request."""
        kind = self.desk_kind()
        since = self.clock() - USAGE_WINDOW
        with Session(self.engine) as session:
            uses = dict(
                session.execute(
                    select(InquiryService.service_id, func.count())
                    .join(Inquiry, Inquiry.id == InquiryService.inquiry_id)
                    .where(Inquiry.desk_id == self.identity.desk_id, Inquiry.started_at >= since)
                    .group_by(InquiryService.service_id)
                ).all()
            )
            query = select(Service).where(Service.municipality_id == self.identity.municipality_id)
            if not include_inactive:
                query = query.where(Service.active.is_(True))
            rows = list(session.scalars(query))
        rows.sort(key=lambda s: (-uses.get(s.id, 0), s.sort_order, s.name_da))
        return [_service_view(row, language, kind) for row in rows]

    def service(self, service_id: uuid.UUID, language: str) -> ServiceView | None:
        """One service, or None if this municipality has no such service."""
        kind = self.desk_kind()  # first: a second session inside one would wait on its lock
        with Session(self.engine) as session:
            row = session.get(Service, service_id)
            if row is None or row.municipality_id != self.identity.municipality_id:
                return None
            return _service_view(row, language, kind)

    def service_fields(self, service_id: uuid.UUID) -> dict[str, Any]:
        """A service as the catalogue file writes it, for the manager's editor."""
        with Session(self.engine) as session:
            row = session.get(Service, service_id)
            if row is None or row.municipality_id != self.identity.municipality_id:
                raise LookupError("the service does not exist")
            return _fields_of(row)

    def serving_limit(self) -> ServingLimit | None:
        """The five-minute rule's limit for this desk's role; None when it has none."""
        return self.limits().get(self.desk_kind())

    def limits(self) -> dict[DeskKind, ServingLimit | None]:
        """Every desk role's serving limit (None: no limit)."""
        with Session(self.engine) as session:
            rows = session.scalars(
                select(ServingLimitSetting).where(
                    ServingLimitSetting.municipality_id == self.identity.municipality_id
                )
            )
            return {
                row.desk_kind: (
                    ServingLimit.of_seconds(row.limit_seconds, row.amber_seconds)
                    if row.limit_seconds
                    else None
                )
                for row in rows
            }

    def authorities(self, language: str) -> list[ChoiceView]:
        """Where a citizen can be referred to."""
        return self._choices(ChoiceKind.AUTHORITY, language)

    def callback_groups(self, language: str) -> list[ChoiceView]:
        """Who can take a callback."""
        return self._choices(ChoiceKind.CALLBACK_GROUP, language)

    def _choices(self, kind: ChoiceKind, language: str) -> list[ChoiceView]:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(CatalogueChoice)
                .where(
                    CatalogueChoice.municipality_id == self.identity.municipality_id,
                    CatalogueChoice.kind == kind,
                    CatalogueChoice.active.is_(True),
                )
                .order_by(CatalogueChoice.sort_order, CatalogueChoice.code)
            )
            return [
                ChoiceView(row.code, row.name_en if language == "en" else row.name_da)
                for row in rows
            ]

    def signed_in_manager(self) -> StaffChoice | None:
        """The manager or administrator signed in at this desk, who may change the
        catalogue; None when nobody is, or the one signed in is no manager."""
        return signed_in_manager(self.engine)

    def save_service(
        self, service_id: uuid.UUID | None, fields: Mapping[str, Any], *, staff_id: uuid.UUID
    ) -> uuid.UUID:
        """Add (no id) or change a service. Raises
        :class:`~counter_app.domain.catalogue.CatalogueError` naming every fault, and
        ``ValueError`` when another service has the code. The server checks the manager."""
        spec = check_service(fields)
        service_id = service_id or uuid.uuid4()
        payload = CatalogueServiceSaveV1(service_id=service_id, fields=dict(fields))
        with Session(self.engine) as session, session.begin():
            clash = session.scalar(
                select(Service.id).where(
                    Service.municipality_id == self.identity.municipality_id,
                    Service.code == spec.code,
                    Service.id != service_id,
                )
            )
            if clash is not None:
                raise ValueError(f"another service already has the code {spec.code!r}")
            row = session.get(Service, service_id)
            inserted = row is None
            if row is None:
                row = Service(id=service_id, municipality_id=self.identity.municipality_id)
                session.add(row)
            # No order given (the file format leaves it out): the service keeps its place.
            row.apply(spec, sort_order=spec.sort_order or row.sort_order or 0)
            self._record(
                session,
                MutationType.CATALOGUE_SERVICE_SAVE,
                payload,
                row,
                inserted=inserted,
                staff_id=staff_id,
            )
        self.sync.request_push()
        return service_id

    def save_limit(
        self,
        desk_kind: DeskKind,
        limit_minutes: int | None,
        amber_minutes: int | None,
        *,
        staff_id: uuid.UUID,
    ) -> None:
        """Set the serving limit of a desk role (None: no limit). Raises
        :class:`~counter_app.domain.catalogue.CatalogueError` for a limit that cannot be."""
        spec = check_limit(limit_minutes, amber_minutes) if limit_minutes is not None else None
        payload = CatalogueLimitSaveV1(
            desk_kind=desk_kind, limit_minutes=limit_minutes, amber_minutes=amber_minutes
        )
        with Session(self.engine) as session, session.begin():
            row = session.scalar(
                select(ServingLimitSetting).where(
                    ServingLimitSetting.municipality_id == self.identity.municipality_id,
                    ServingLimitSetting.desk_kind == desk_kind,
                )
            )
            inserted = row is None
            if row is None:
                row = ServingLimitSetting(
                    id=ServingLimitSetting.id_for(self.identity.municipality_id, desk_kind),
                    municipality_id=self.identity.municipality_id,
                    desk_kind=desk_kind,
                )
                session.add(row)
            row.limit_seconds = spec.limit_seconds if spec else 0
            row.amber_seconds = spec.amber_seconds if spec else 0
            self._record(
                session,
                MutationType.CATALOGUE_LIMIT_SAVE,
                payload,
                row,
                inserted=inserted,
                staff_id=staff_id,
            )
        self.sync.request_push()

    def _record(
        self,
        session: Session,
        kind: MutationType,
        payload: Payload,
        row: Base,
        *,
        inserted: bool,
        staff_id: uuid.UUID,
    ) -> None:
        """Queue the change with its local effect: a new row is removed again, a changed
        one re-read, if the server refuses (e.g. the staff member is no manager)."""
        session.flush()
        append(
            session,
            kind,
            payload,
            now=self.clock(),
            staff_id=staff_id,
            local_rows=[row] if inserted else [],
            changed_rows=[] if inserted else [row],
        )


def _service_view(row: Service, language: str, kind: DeskKind) -> ServiceView:
    checklist = (row.checklist or {}).get("en" if language == "en" else "da", {})
    appointment = (
        AppointmentKind(row.appointment_resource, row.appointment_minutes)
        if row.appointment_resource is not None and row.appointment_minutes is not None
        else None
    )
    return ServiceView(
        id=row.id,
        code=row.code,
        name=row.name_en if language == "en" else row.name_da,
        area=row.area,
        authority_task=row.authority_task,
        allowed_here=kind.value in (row.desk_kinds or []),
        kvik_within_five_minutes=row.kvik_within_five_minutes,
        appointment_only=row.appointment_only,
        appointment=appointment,
        checklist=ChecklistView(
            tuple(checklist.get("bring", ())), tuple(checklist.get("steps", ()))
        ),
        active=row.active,
        seasonal=row.seasonal,
    )


def _fields_of(row: Service) -> dict[str, Any]:
    checklist = row.checklist or {}
    fields: dict[str, Any] = {
        "code": row.code,
        "name_da": row.name_da,
        "name_en": row.name_en,
        "area": row.area.value,
        "authority_task": row.authority_task,
        "desk_kinds": list(row.desk_kinds or []),
        "kvik_within_five_minutes": row.kvik_within_five_minutes,
        "appointment_only": row.appointment_only,
        "active": row.active,
        "seasonal": row.seasonal,
        "sort_order": row.sort_order,
    }
    if row.appointment_resource is not None:
        fields["appointment_resource"] = row.appointment_resource.value
        fields["appointment_minutes"] = row.appointment_minutes
    for language in ("da", "en"):
        part = checklist.get(language, {})
        fields[f"bring_{language}"] = list(part.get("bring", []))
        fields[f"steps_{language}"] = list(part.get("steps", []))
    return fields
