"""The transport rule both sides share: plain HTTP only on this machine, TLS elsewhere."""

from __future__ import annotations

import ipaddress
from enum import StrEnum
from urllib.parse import urlsplit


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this machine: localhost, 127.0.0.0/8 or ::1."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False  # a name other than localhost may resolve anywhere
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def plain_http_off_this_machine(url: str) -> bool:
    """Whether ``url`` is http:// to another machine (what a desk refuses)."""
    parts = urlsplit(url)
    return parts.scheme.lower() == "http" and not is_loopback_host(parts.hostname or "")


class AddressProblem(StrEnum):
    """Why a typed server address cannot be a desk's server."""

    EMPTY = "empty"
    SPACES = "spaces"  # a space or tab inside: pasted with something else, or mistyped
    NOT_AN_ADDRESS = "not_an_address"  # no http:// or https://, or no host
    PLAIN_HTTP = "plain_http"  # http:// to another machine


def server_address_problem(url: str) -> AddressProblem | None:
    """What is wrong with ``url`` as a desk's server, or None when a desk may use it: the
    whole address with http:// or https:// and a host, and http:// only on this machine."""
    if not url.strip():
        return AddressProblem.EMPTY
    if any(ch.isspace() for ch in url):
        return AddressProblem.SPACES
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (reading it checks the port: ValueError when out of range)
    except ValueError:
        return AddressProblem.NOT_AN_ADDRESS
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return AddressProblem.NOT_AN_ADDRESS
    if plain_http_off_this_machine(url):
        return AddressProblem.PLAIN_HTTP
    return None
