# Fingerprinting passwords and files with hashlib, hmac and base64 (no compression).
import hashlib
import hmac
import base64
import binascii

def fingerprint(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

for word in ["hello", "Hello", "héllo", ""]:
    print(f"{word!r:9} {fingerprint(word)}")
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").digest()[:4])
h = hashlib.sha256(b"part1")
h2 = h.copy()
h.update(b"part2")
print(h.hexdigest() == hashlib.sha256(b"part1part2").hexdigest(), h2.hexdigest()[:8])
salt = b"NaCl"
key = hashlib.pbkdf2_hmac("sha256", b"password", salt, 1000)
print(key.hex()[:24], len(key))
mac = hmac.new(b"secret", b"message", hashlib.sha256)
print(mac.hexdigest()[:20], hmac.compare_digest(mac.hexdigest(), mac.hexdigest()))
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith("sha3")))
raw = bytes(range(250, 256)) + b"ok"
for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode):
    print(enc.__name__, enc(raw))
print(base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVsbG8", validate=False) if False else "skip")
print(base64.standard_b64encode(b"x"), base64.a85encode(b"hello"))
try:
    base64.b64decode("a!==", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.b2a_hex(b"\x00\xff"), binascii.a2b_base64(b"aGk="))
try:
    hashlib.new("nosuchhash")
except ValueError as e:
    print("ValueError:", e)
