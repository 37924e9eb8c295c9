"""HTTP client of the sync API (httpx, async). Errors say whether retrying can help."""

from __future__ import annotations

import ssl
import uuid
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from counter_app import __version__
from counter_app.domain.org import Resource
from counter_app.protocol.messages import (
    ArrivalLookup,
    ArrivalMatches,
    BranchTimetable,
    CodeEnrollRequest,
    EnrollRequest,
    EnrollResponse,
    Health,
    PullResponse,
    PushRequest,
    PushResponse,
    SignedIn,
    SignInRequest,
    SignOutRequest,
    Snapshot,
)
from counter_app.protocol.mutations import Mutation
from counter_app.sync.tls import desk_ssl_context

if TYPE_CHECKING:
    from counter_app.protocol.statistics import StatisticsQuery, StatisticsReport

Model = TypeVar("Model", bound=BaseModel)


class Empty(BaseModel):
    """An answer without a body (204)."""


class ServerUnreachableError(ConnectionError):
    """No answer, a cut connection or a 5xx: keep everything and try again later."""


class ServerRefusedError(RuntimeError):
    """The server answered no (4xx); retrying the same request will not help."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class SyncClient:
    """One desk's connection to the server, authenticated with its in-memory token."""

    def __init__(
        self, base_url: str, *, timeout: float = 10.0, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        """``ssl_context`` verifies an https server (default: the system's trusted CAs)."""
        self.base_url = base_url.rstrip("/")
        self.token: str | None = None
        self.staff_token: str | None = None  # the signed-in staff member's session, in memory
        self.ssl_context = ssl_context if ssl_context is not None else desk_ssl_context()
        self._timeout = timeout
        self._http = _http_client(self.base_url, timeout, self.ssl_context)

    async def retarget(self, base_url: str) -> None:
        """Talk to a server at another address from now on (the token must be renewed)."""
        old, self.base_url = self._http, base_url.rstrip("/")
        self._http = _http_client(self.base_url, self._timeout, self.ssl_context)
        self.token = None
        await old.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    def _headers(self) -> dict[str, str]:
        headers = {"authorization": f"Bearer {self.token}"} if self.token else {}
        if self.staff_token:
            headers["x-staff-session"] = self.staff_token
        return headers

    async def _call(
        self,
        method: str,
        path: str,
        answer: type[Model],
        *,
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Model:
        try:
            response = await self._http.request(
                method,
                path,
                content=body.model_dump_json() if body is not None else None,
                params=params,
                headers={**self._headers(), "content-type": "application/json"},
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.HTTPError as exc:
            raise ServerUnreachableError(f"{self.base_url}: {exc!r}") from exc
        if response.status_code >= 500:
            raise ServerUnreachableError(f"{self.base_url}: server error {response.status_code}")
        if response.status_code >= 400:
            raise ServerRefusedError(response.status_code, _detail(response))
        if answer is Empty:
            return Empty()  # type: ignore[return-value]
        try:
            return answer.model_validate_json(response.content)
        except ValidationError as exc:
            raise ServerUnreachableError(f"{self.base_url}: unreadable answer: {exc}") from exc

    async def health(self, *, timeout: float | None = None) -> Health:
        """Is the server up?"""
        return await self._call("GET", "/api/v1/health", Health, timeout=timeout)

    async def enroll(self, request: EnrollRequest) -> EnrollResponse:
        """Enroll and keep the token (in memory only)."""
        response = await self._call("POST", "/api/v1/enroll", EnrollResponse, body=request)
        self.token = response.token
        return response

    async def enroll_by_code(self, code: str) -> EnrollResponse:
        """Trade a one-time enrollment code for the desk's token, and keep the token."""
        response = await self._call(
            "POST", "/api/v1/enroll/code", EnrollResponse, body=CodeEnrollRequest(code=code)
        )
        self.token = response.token
        return response

    async def sign_in(self, request: SignInRequest) -> SignedIn:
        """Sign a staff member in; their session token is sent with every later request."""
        answer = await self._call("POST", "/api/v1/staff/sign-in", SignedIn, body=request)
        self.staff_token = answer.session_token
        return answer

    async def sign_out(self, last_number: int) -> None:
        """End the staff session (the token is forgotten even if the server cannot hear it)."""
        try:
            await self._call(
                "POST",
                "/api/v1/staff/sign-out",
                Empty,
                body=SignOutRequest(last_number=last_number),
            )
        finally:
            self.staff_token = None

    async def push(
        self, mutations: list[Mutation], *, timeout: float | None = None
    ) -> PushResponse:
        """Send mutations; answers per mutation."""
        return await self._call(
            "POST",
            "/api/v1/sync/push",
            PushResponse,
            body=PushRequest(mutations=mutations),
            timeout=timeout,
        )

    async def pull(self, after: int, epoch: uuid.UUID | None, limit: int = 1000) -> PullResponse:
        """Changes after the cursor."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        if epoch is not None:
            params["epoch"] = str(epoch)
        return await self._call("GET", "/api/v1/sync/pull", PullResponse, params=params)

    async def timetable(self, branch_id: uuid.UUID, resource: Resource) -> BranchTimetable:
        """Another branch's timetable and taken places, for booking there."""
        params = {"branch_id": str(branch_id), "resource": resource.value}
        return await self._call("GET", "/api/v1/booking/timetable", BranchTimetable, params=params)

    async def find_arrivals(self, contact: str) -> list[uuid.UUID]:
        """Today's appointments at the desk's branch with this phone number or e-mail."""
        answer = await self._call(
            "POST", "/api/v1/arrivals/find", ArrivalMatches, body=ArrivalLookup(contact=contact)
        )
        return answer.appointment_ids

    async def statistics(self, query: StatisticsQuery) -> StatisticsReport:
        """The managers' overview (a desk's own branch today without a manager)."""
        from counter_app.protocol.statistics import StatisticsReport  # noqa: PLC0415

        return await self._call(
            "GET",
            "/api/v1/statistics/overview",
            StatisticsReport,
            params=query.params(),
            timeout=60.0,
        )

    async def snapshot(self) -> Snapshot:
        """Everything the branch's desks see."""
        return await self._call("GET", "/api/v1/sync/snapshot", Snapshot, timeout=60.0)


def _http_client(base_url: str, timeout: float, ssl_context: ssl.SSLContext) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=base_url,
        timeout=timeout,
        headers={"user-agent": f"counter-app/{__version__}"},
        verify=ssl_context,
    )


def _detail(response: httpx.Response) -> str:
    """The server's sentence: "message" on validation errors, else "detail"."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if not isinstance(body, dict):
        return response.reason_phrase
    text = body.get("message") or body.get("detail")
    return str(text) if text else response.reason_phrase
