"""Certificates made at test time: a private CA, a broker certificate and a client certificate."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class Pki:
    """PEM files of one throwaway PKI."""

    ca_cert: Path
    broker_keystore: Path  # unencrypted PKCS#8 key followed by the certificate: Kafka's PEM store
    client_cert: Path
    client_key: Path  # encrypted with `client_key_password`
    client_key_password: str


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "wirewatch tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name,
                 issuer_key: ec.EllipticCurvePrivateKey, *, ca: bool,
                 san: list[x509.GeneralName] | None = None,
                 usage: list[x509.ObjectIdentifier] | None = None) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5))
               .not_valid_after(now + dt.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
    if usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage(usage), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def make_pki(folder: Path, hostnames: tuple[str, ...] = ("localhost",),
             addresses: tuple[str, ...] = ("127.0.0.1",)) -> Pki:
    """A CA, a broker certificate for the given names and addresses, and a client certificate."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = _certificate("wirewatch test CA", ca_key, _name("wirewatch test CA"), ca_key,
                           ca=True)
    broker_key = ec.generate_private_key(ec.SECP256R1())
    san: list[x509.GeneralName] = [x509.DNSName(h) for h in hostnames]
    san += [x509.IPAddress(ipaddress.ip_address(a)) for a in addresses]
    # The broker's certificate serves clients and, for its own connections, the broker as client.
    broker_cert = _certificate("wirewatch-broker", broker_key, ca_cert.subject, ca_key, ca=False,
                               san=san, usage=[ExtendedKeyUsageOID.SERVER_AUTH,
                                               ExtendedKeyUsageOID.CLIENT_AUTH])
    client_key = ec.generate_private_key(ec.SECP256R1())
    client_cert = _certificate("wirewatch-client", client_key, ca_cert.subject, ca_key,
                               ca=False, usage=[ExtendedKeyUsageOID.CLIENT_AUTH])
    password = "client-key-passphrase"  # a throwaway key made for one test run
    paths = Pki(ca_cert=folder / "ca.pem", broker_keystore=folder / "broker.pem",
                    client_cert=folder / "client.pem", client_key=folder / "client.key",
                    client_key_password=password)
    paths.ca_cert.write_bytes(_pem(ca_cert))
    paths.broker_keystore.write_bytes(
        broker_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption()) + _pem(broker_cert) + _pem(ca_cert))
    paths.client_cert.write_bytes(_pem(client_cert))
    paths.client_key.write_bytes(client_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode())))
    for path in (paths.broker_keystore, paths.client_key):
        path.chmod(0o600)
    return paths
