"""Connection options for aiokafka clients, from the same settings as every other client."""

from __future__ import annotations

import ssl

from pipeline.settings import Settings

# The kafka-python options that aiokafka accepts under the same name.
_SHARED = frozenset({"bootstrap_servers", "security_protocol", "ssl_context", "sasl_mechanism",
                     "sasl_plain_username", "sasl_plain_password"})


def aiokafka_options(settings: Settings) -> dict[str, object]:
    """Bootstrap servers, TLS context and SASL for AIOKafkaConsumer and AIOKafkaProducer."""
    options = dict(settings.kafka_client_options())
    cafile = options.pop("ssl_cafile", None)
    if cafile is not None and "ssl_context" not in options:
        # aiokafka takes a context, not a file; older settings give only the CA file.
        options["ssl_context"] = ssl.create_default_context(cafile=str(cafile))
    return {key: value for key, value in options.items() if key in _SHARED}
