"""Client security options: TLS context, SASL credentials, secrets from files, one-line errors."""

from __future__ import annotations

import ssl
from pathlib import Path

import faust
import pytest
from pydantic import SecretStr

from pipeline.broker.security import (
    build_ssl_context,
    describe_security,
    faust_broker_options,
    kafka_client_options,
)
from pipeline.errors import ConfigError
from pipeline.settings import Settings
from tests.tls_helpers import Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def secured(pki: Pki, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "kafka_bootstrap_servers": "b1:9094, b2:9094", "kafka_security_protocol": "SASL_SSL",
        "kafka_sasl_mechanism": "SCRAM-SHA-512", "kafka_sasl_username": "worker",
        "kafka_sasl_password": SecretStr("pw-in-env"), "kafka_ssl_cafile": pki.ca_cert}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]  # field names checked by pydantic


def test_plaintext_gives_bootstrap_and_protocol_only() -> None:
    options = kafka_client_options(Settings(kafka_bootstrap_servers="k1:9092,k2:9092"))
    assert options == {"bootstrap_servers": ["k1:9092", "k2:9092"],
                       "security_protocol": "PLAINTEXT"}
    assert faust_broker_options(Settings(kafka_bootstrap_servers="k1:9092")) == {
        "broker": ["kafka://k1:9092"]}


def test_sasl_ssl_gives_kafka_python_a_verifying_context_and_scram_credentials(pki: Pki) -> None:
    options = kafka_client_options(secured(pki))
    context = options["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert options["bootstrap_servers"] == ["b1:9094", "b2:9094"]
    assert (options["security_protocol"], options["sasl_mechanism"],
            options["sasl_plain_username"], options["sasl_plain_password"]) == (
        "SASL_SSL", "SCRAM-SHA-512", "worker", "pw-in-env")


def test_the_worker_gets_sasl_over_tls_not_sasl_over_plaintext(pki: Pki) -> None:
    credentials = faust_broker_options(secured(pki))["broker_credentials"]
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.protocol.value == "SASL_SSL"
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert credentials.password == "pw-in-env"
    assert isinstance(credentials.ssl_context, ssl.SSLContext)
    assert "pw-in-env" not in repr(credentials)


def test_ssl_alone_gives_the_worker_tls_credentials_with_a_client_certificate(pki: Pki) -> None:
    settings = secured(pki, kafka_security_protocol="SSL", kafka_sasl_mechanism=None,
                       kafka_ssl_certfile=pki.client_cert, kafka_ssl_keyfile=pki.client_key,
                       kafka_ssl_key_password=SecretStr(pki.client_key_password))
    credentials = faust_broker_options(settings)["broker_credentials"]
    assert isinstance(credentials, faust.SSLCredentials)
    assert credentials.protocol.value == "SSL"
    assert "sasl_mechanism" not in kafka_client_options(settings)


def test_sasl_plaintext_carries_no_tls() -> None:
    settings = Settings(kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_mechanism="PLAIN",
                        kafka_sasl_username="u", kafka_sasl_password=SecretStr("p"))
    credentials = faust_broker_options(settings)["broker_credentials"]
    assert credentials.protocol.value == "SASL_PLAINTEXT"
    assert "ssl_context" not in kafka_client_options(settings)


def test_secrets_are_read_from_files_without_the_trailing_newline(pki: Pki,
                                                                  tmp_path: Path) -> None:
    (tmp_path / "sasl").write_text("from-a-file\n", encoding="utf-8")
    (tmp_path / "keypass").write_text(pki.client_key_password + "\n", encoding="utf-8")
    settings = secured(pki, kafka_sasl_password=None, kafka_sasl_password_file=tmp_path / "sasl",
                       kafka_ssl_certfile=pki.client_cert, kafka_ssl_keyfile=pki.client_key,
                       kafka_ssl_key_password_file=tmp_path / "keypass")
    assert kafka_client_options(settings)["sasl_plain_password"] == "from-a-file"
    assert build_ssl_context(settings) is not None


def test_hostname_checking_can_be_turned_off_but_certificates_are_still_verified(
        pki: Pki) -> None:
    context = build_ssl_context(secured(pki, kafka_ssl_check_hostname=False))
    assert context is not None
    assert context.check_hostname is False
    assert context.verify_mode == ssl.CERT_REQUIRED


@pytest.mark.parametrize(("overrides", "fragment"), [
    ({"kafka_sasl_mechanism": None}, "needs WIREWATCH_KAFKA_SASL_MECHANISM"),
    ({"kafka_sasl_username": None}, "needs WIREWATCH_KAFKA_SASL_USERNAME"),
    ({"kafka_sasl_password": None}, "needs WIREWATCH_KAFKA_SASL_PASSWORD"),
    ({"kafka_security_protocol": "SSL"}, "WIREWATCH_KAFKA_SASL_MECHANISM is set but"),
    ({"kafka_sasl_password": None, "kafka_sasl_password_file": Path("/no/such/secret")},
     "the SASL password file /no/such/secret cannot be read"),
    ({"kafka_ssl_cafile": Path("/no/such/ca.pem")}, "the CA file /no/such/ca.pem cannot be used"),
    ({"kafka_ssl_keyfile": Path("/k.pem")}, "without WIREWATCH_KAFKA_SSL_CERTFILE"),
    ({"kafka_bootstrap_servers": " , "}, "KAFKA_BOOTSTRAP_SERVERS is empty"),
])
def test_unusable_settings_end_in_one_config_sentence(pki: Pki, overrides: dict[str, object],
                                                      fragment: str) -> None:
    with pytest.raises(ConfigError) as raised:
        kafka_client_options(secured(pki, **overrides))
    assert fragment in str(raised.value)
    assert "\n" not in str(raised.value)
    assert str(raised.value).endswith(".")


def test_a_wrong_key_password_is_one_sentence_naming_the_certificate(pki: Pki) -> None:
    settings = secured(pki, kafka_ssl_certfile=pki.client_cert, kafka_ssl_keyfile=pki.client_key,
                       kafka_ssl_key_password=SecretStr("wrong"))
    with pytest.raises(ConfigError, match=r"client certificate .* cannot be loaded"):
        build_ssl_context(settings)


def test_the_loggable_description_holds_no_secret(pki: Pki) -> None:
    described = describe_security(secured(pki))
    assert described == {"security_protocol": "SASL_SSL", "sasl_mechanism": "SCRAM-SHA-512",
                         "sasl_username": "worker", "ssl_check_hostname": True}
    assert "pw-in-env" not in repr(described)
