"""Writes the OpenMetadata server's JWT signing keys in the form it reads them: the private key
as PKCS#8 DER and the public key as X.509 SubjectPublicKeyInfo DER (the server's
JWTTokenGenerator reads them with PKCS8EncodedKeySpec and X509EncodedKeySpec).

Input: an RSA private key in PKCS#8 PEM ("BEGIN PRIVATE KEY"), as cert-manager writes it for
a Certificate with privateKey.encoding PKCS8. The public key is derived from it (modulus and
public exponent), so nothing else is needed. Standard library only: it runs in any image with
Python 3, and in the tests.

Usage: jwt_keys.py <tls.key> <output folder>
"""
import base64
import os
import sys

RSA_ENCRYPTION = bytes.fromhex("06092a864886f70d010101")  # OID 1.2.840.113549.1.1.1


def read_tlv(data, offset):
    """One DER element at offset: (tag, value start, value end)."""
    tag = data[offset]
    length = data[offset + 1]
    start = offset + 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4:
            raise ValueError("unsupported DER length")
        length = int.from_bytes(data[start : start + count], "big")
        start += count
    end = start + length
    if end > len(data):
        raise ValueError("DER element runs past the end")
    return tag, start, end


def children(data, start, end):
    out = []
    while start < end:
        tag, value_start, value_end = read_tlv(data, start)
        out.append((tag, data[start:value_end], data[value_start:value_end]))
        start = value_end
    return out


def encode(tag, value):
    length = len(value)
    if length < 0x80:
        head = bytes([length])
    else:
        raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
        head = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + head + value


def pem_body(text, label):
    begin, end = f"-----BEGIN {label}-----", f"-----END {label}-----"
    if begin not in text or end not in text:
        raise ValueError(f"not a PEM {label} (PKCS#8); set the Certificate's privateKey.encoding to PKCS8")
    return base64.b64decode("".join(text.split(begin, 1)[1].split(end, 1)[0].split()))


def public_from_private(pkcs8):
    """The SubjectPublicKeyInfo DER of an RSA PKCS#8 private key."""
    tag, start, end = read_tlv(pkcs8, 0)
    if tag != 0x30:
        raise ValueError("PKCS#8: not a SEQUENCE")
    version, algorithm, key = children(pkcs8, start, end)[:3]
    if version[0] != 0x02 or algorithm[0] != 0x30 or key[0] != 0x04:
        raise ValueError("PKCS#8: unexpected structure")
    if not algorithm[2].startswith(RSA_ENCRYPTION):
        raise ValueError("PKCS#8: not an RSA key (the server signs with RS256)")
    tag, start, end = read_tlv(key[2], 0)
    fields = children(key[2], start, end)
    modulus, exponent = fields[1][1], fields[2][1]
    rsa_public_key = encode(0x30, modulus + exponent)
    return encode(0x30, algorithm[1] + encode(0x03, b"\x00" + rsa_public_key))


def main(key_file, folder):
    with open(key_file, encoding="ascii") as handle:
        private = pem_body(handle.read(), "PRIVATE KEY")
    public = public_from_private(private)
    for name, data in (("private_key.der", private), ("public_key.der", public)):
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(data)
        os.chmod(path, 0o400)
    print(f"JWT signing keys written to {folder} ({len(public)} bytes of public key)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: jwt_keys.py <tls.key> <output folder>")
    main(sys.argv[1], sys.argv[2])
