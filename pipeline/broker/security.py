"""TLS and SASL for every Kafka client: kafka-python (replay, tail, admin, bench) and Faust.

One place turns the settings into client options, so the worker and the command-line clients
always speak to a secured cluster the same way. Secrets come from the environment or from
files (mounted secrets) and are read here, at connect time; nothing here logs them.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from pipeline.errors import ConfigError
from pipeline.settings import Settings

TLS_PROTOCOLS = frozenset({"SSL", "SASL_SSL"})
SASL_PROTOCOLS = frozenset({"SASL_PLAINTEXT", "SASL_SSL"})


def _read_secret(path: Path, what: str) -> str:
    try:
        # A mounted secret usually ends with a newline that is not part of the password.
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise ConfigError(f"the {what} file {path} cannot be read ({reason}).") from None


def _secret(value: SecretStr | None, path: Path | None, what: str) -> str | None:
    """The secret from its variable, else from its file, else None."""
    if value is not None:
        return value.get_secret_value()
    if path is not None:
        return _read_secret(path, what)
    return None


def sasl_password(settings: Settings) -> str | None:
    """The SASL password from WIREWATCH_KAFKA_SASL_PASSWORD or its _FILE setting."""
    return _secret(settings.kafka_sasl_password, settings.kafka_sasl_password_file,
                   "SASL password")


def check_security(settings: Settings) -> None:
    """Raise ConfigError with one sentence when the security settings cannot work together."""
    protocol = settings.kafka_security_protocol
    if protocol in SASL_PROTOCOLS:
        if settings.kafka_sasl_mechanism is None:
            raise ConfigError(f"WIREWATCH_KAFKA_SECURITY_PROTOCOL={protocol} needs "
                              "WIREWATCH_KAFKA_SASL_MECHANISM (PLAIN, SCRAM-SHA-256 or "
                              "SCRAM-SHA-512).")
        if not settings.kafka_sasl_username:
            raise ConfigError(f"WIREWATCH_KAFKA_SECURITY_PROTOCOL={protocol} needs "
                              "WIREWATCH_KAFKA_SASL_USERNAME.")
        if settings.kafka_sasl_password is None and settings.kafka_sasl_password_file is None:
            raise ConfigError(f"WIREWATCH_KAFKA_SECURITY_PROTOCOL={protocol} needs "
                              "WIREWATCH_KAFKA_SASL_PASSWORD or WIREWATCH_KAFKA_SASL_PASSWORD_FILE.")
    elif settings.kafka_sasl_mechanism is not None:
        raise ConfigError(f"WIREWATCH_KAFKA_SASL_MECHANISM is set but the protocol is {protocol}; "
                          "use SASL_SSL (or SASL_PLAINTEXT on a trusted network).")
    if settings.kafka_ssl_keyfile is not None and settings.kafka_ssl_certfile is None:
        raise ConfigError("WIREWATCH_KAFKA_SSL_KEYFILE is set without "
                          "WIREWATCH_KAFKA_SSL_CERTFILE, the certificate it belongs to.")


def build_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The client TLS context for SSL and SASL_SSL (None otherwise): CA, client cert, hostname."""
    if settings.kafka_security_protocol not in TLS_PROTOCOLS:
        return None
    cafile = settings.kafka_ssl_cafile
    try:
        context = ssl.create_default_context(
            ssl.Purpose.SERVER_AUTH, cafile=str(cafile) if cafile is not None else None)
    except (OSError, ssl.SSLError) as error:
        raise ConfigError(f"the CA file {cafile} cannot be used "
                          f"({getattr(error, 'strerror', None) or error}).") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # Certificates are always verified; only the name check may be turned off, for test clusters.
    context.check_hostname = settings.kafka_ssl_check_hostname
    if settings.kafka_ssl_certfile is not None:
        key_password = _secret(settings.kafka_ssl_key_password,
                               settings.kafka_ssl_key_password_file, "SSL key password")
        try:
            context.load_cert_chain(str(settings.kafka_ssl_certfile),
                                    str(settings.kafka_ssl_keyfile)
                                    if settings.kafka_ssl_keyfile is not None else None,
                                    password=key_password)
        except (OSError, ssl.SSLError) as error:
            raise ConfigError(f"the client certificate {settings.kafka_ssl_certfile} or its key "
                              "cannot be loaded "
                              f"({getattr(error, 'strerror', None) or error.args[-1]}).") from None
    return context


def _bootstrap(settings: Settings) -> list[str]:
    servers = [s.strip() for s in settings.kafka_bootstrap_servers.split(",") if s.strip()]
    if not servers:
        raise ConfigError("KAFKA_BOOTSTRAP_SERVERS is empty; give host:port[,host:port...].")
    return servers


def kafka_client_options(settings: Settings) -> dict[str, object]:
    """Keyword options for any kafka-python client: bootstrap servers, TLS and SASL."""
    check_security(settings)
    options: dict[str, object] = {
        "bootstrap_servers": _bootstrap(settings),
        "security_protocol": settings.kafka_security_protocol,
    }
    context = build_ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
        options["ssl_check_hostname"] = settings.kafka_ssl_check_hostname
    if settings.kafka_security_protocol in SASL_PROTOCOLS:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = sasl_password(settings)
    return options


def faust_broker_options(settings: Settings) -> dict[str, Any]:
    """`broker` and `broker_credentials` for faust.App: the same TLS and SASL as kafka-python."""
    import faust  # noqa: PLC0415  # importing pipeline must not import faust

    check_security(settings)
    options: dict[str, Any] = {"broker": [f"kafka://{server}" for server in _bootstrap(settings)]}
    context = build_ssl_context(settings)
    protocol = settings.kafka_security_protocol
    if protocol in SASL_PROTOCOLS:
        # Faust picks SASL_SSL when the credentials carry a context, SASL_PLAINTEXT otherwise.
        options["broker_credentials"] = faust.SASLCredentials(
            username=settings.kafka_sasl_username, password=sasl_password(settings),
            mechanism=settings.kafka_sasl_mechanism, ssl_context=context)
    elif context is not None:
        options["broker_credentials"] = faust.SSLCredentials(context)
    return options


def describe_security(settings: Settings) -> dict[str, object]:
    """What a log line may say about the connection: protocol, mechanism, user; no secret."""
    return {"security_protocol": settings.kafka_security_protocol,
            "sasl_mechanism": settings.kafka_sasl_mechanism,
            "sasl_username": settings.kafka_sasl_username,
            "ssl_check_hostname": settings.kafka_ssl_check_hostname
            if settings.kafka_security_protocol in TLS_PROTOCOLS else None}
