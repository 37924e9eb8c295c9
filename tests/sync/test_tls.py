"""The desk's side of TLS against a real ``counter-server`` serving https on loopback:
requests and the live channel (wss) verify the certificate, trusting the system's store
and the CA file the desk was given, and nothing else."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from pathlib import Path

import pytest
import trustme

from counter_app.protocol.messages import EnrollRequest, Status
from counter_app.sync.client import ServerUnreachableError, SyncClient
from counter_app.sync.live import pokes
from counter_app.sync.tls import CAFileError, certificate_error, desk_ssl_context
from tests.support.desk import enrolled_desk
from tests.support.tenants import seed_tenant
from tests.support.tls_server import (  # the tls_server fixture
    TLSServerProcess,
    tls_server_fixture,  # noqa: F401
)
from tests.sync.test_live import POKE_TIMEOUT, poke_reaching


def test_a_desk_trusting_the_ca_file_syncs_over_https_and_is_poked_over_wss(
    tls_server: TLSServerProcess, tmp_path: Path
) -> None:
    tenant = seed_tenant(tls_server.database_url)
    trusted = desk_ssl_context(tls_server.ca_file)  # the system's store plus the test CA

    async def scenario() -> None:
        async with (
            enrolled_desk(tls_server, tenant, tmp_path, ssl_context=trusted) as listener,
            enrolled_desk(tls_server, tenant, tmp_path, ssl_context=trusted) as pusher,
        ):
            assert listener.client.base_url.startswith("https://127.0.0.1:")
            health = await listener.client.health()
            assert health.status == "ok" and health.database == "sqlite"
            token = listener.client.token or ""
            async with contextlib.aclosing(
                pokes(tls_server.base_url, token, ssl_context=trusted)
            ) as stream:
                first = await poke_reaching(stream, 0)  # sent on connect
                assert first.branch_id == listener.enrolled.branch_id
                number, ticket_id = pusher.issue_ticket("K")
                result = await pusher.sync.push_contended(number, timeout=10.0)
                assert result.status is Status.APPLIED and result.branch_seq is not None
                poke = await poke_reaching(stream, result.branch_seq)
                assert poke.seq == result.branch_seq

            # The engine's own live loop goes over wss with the desk's context, and pulls.
            listener.sync.poll_interval = 60  # only a poke can bring the next ticket in time
            listener.sync.start()
            async with asyncio.timeout(POKE_TIMEOUT):
                while not listener.sync.status.live:
                    await asyncio.sleep(0.02)
            number, ticket_id = pusher.issue_ticket("K")
            await pusher.sync.push_contended(number)
            async with asyncio.timeout(POKE_TIMEOUT):
                while listener.local_ticket(ticket_id) is None:
                    await asyncio.sleep(0.02)

    asyncio.run(scenario())


def test_without_the_ca_file_requests_fail_on_the_certificate(
    tls_server: TLSServerProcess,
) -> None:
    tenant = seed_tenant(tls_server.database_url)

    async def scenario() -> None:
        client = SyncClient(tls_server.base_url)  # the system's store only
        try:
            with pytest.raises(ServerUnreachableError) as failure:
                await client.enroll(
                    EnrollRequest(
                        enrollment_key=tls_server.enrollment_key,
                        municipality_code=tenant.code,
                        branch_code="HB",
                        desk_name="Untrusting desk",
                    )
                )
            assert client.token is None
            untrusted = certificate_error(failure.value)
            assert untrusted is not None
            assert untrusted.verify_code != 0  # the chain, not the connection, failed
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_the_live_channel_verifies_the_certificate_too(
    tls_server: TLSServerProcess, tmp_path: Path
) -> None:
    tenant = seed_tenant(tls_server.database_url)
    trusted = desk_ssl_context(tls_server.ca_file)
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    stranger = desk_ssl_context(other_ca)

    async def scenario() -> None:
        async with enrolled_desk(tls_server, tenant, tmp_path, ssl_context=trusted) as desk:
            token = desk.client.token or ""
            with pytest.raises(ssl.SSLCertVerificationError):
                async with contextlib.aclosing(pokes(tls_server.base_url, token)) as stream:
                    await anext(stream)  # the system's store alone: the handshake fails
            with pytest.raises(ssl.SSLCertVerificationError):  # another CA's file
                async with contextlib.aclosing(
                    pokes(tls_server.base_url, token, ssl_context=stranger)
                ) as stream:
                    await anext(stream)

    asyncio.run(scenario())


def test_a_certificate_for_another_name_is_refused_even_from_a_trusted_ca(
    tmp_path: Path,
) -> None:
    server = TLSServerProcess(
        f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path, names=("koe.kommune.test",)
    )
    server.start()
    try:

        async def scenario() -> None:
            client = SyncClient(server.base_url, ssl_context=desk_ssl_context(server.ca_file))
            try:
                with pytest.raises(ServerUnreachableError) as failure:
                    await client.health()
            finally:
                await client.aclose()
            untrusted = certificate_error(failure.value)
            assert untrusted is not None
            assert "mismatch" in str(untrusted.verify_message)

        asyncio.run(scenario())
    finally:
        server.stop()


def test_an_unusable_ca_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CAFileError, match="cannot read the CA file"):
        desk_ssl_context(tmp_path / "missing.pem")
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    with pytest.raises(CAFileError, match="no certificate in PEM form"):
        desk_ssl_context(garbage)
