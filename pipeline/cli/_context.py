"""Settings for a CLI command: built once per process, after the environment is final."""

from __future__ import annotations

from functools import cache

from pydantic import ValidationError

from pipeline.broker.local import LocalBroker
from pipeline.errors import ConfigError
from pipeline.settings import Settings


def _variable(field_name: str) -> str:
    """The environment variable a user sets for a settings field."""
    field = Settings.model_fields.get(field_name)
    choices = getattr(field.validation_alias, "choices", None) if field is not None else None
    return str(choices[0]) if choices else f"WIREWATCH_{field_name.upper()}"


def describe_settings_error(error: ValidationError) -> str:
    """One sentence naming the variable, the value given (never a secret) and what is wrong."""
    first = error.errors(include_url=False)[0]
    field_name = str(first["loc"][0]) if first["loc"] else ""
    variable = _variable(field_name) if field_name else "a setting"
    secret = any(word in field_name for word in ("password", "secret", "token"))
    given = "" if secret or "input" not in first else f"={str(first['input'])[:80]!r}"
    more = f" ({error.error_count()} problems in all)" if error.error_count() > 1 else ""
    return f"{variable}{given} is not valid: {first['msg'].rstrip('.')}{more}."


@cache
def settings() -> Settings:
    """The effective settings of this process; a bad value is a ConfigError, not a traceback."""
    try:
        return Settings()
    except ValidationError as error:
        raise ConfigError(describe_settings_error(error)) from None


def local_broker_for(config: Settings) -> LocalBroker:
    """The local broker described by the settings."""
    return LocalBroker(config.kafka_home, port=config.broker_port,
                       controller_port=config.broker_controller_port, heap=config.broker_heap)
