# Content addressing with hashlib digests and compact ids with base64 and base32.
import hashlib
import base64

docs = {"readme": "Hello world\n", "license": "MIT\n", "empty": ""}
index = {}
for name, body in docs.items():
    digest = hashlib.sha256(body.encode()).digest()
    short = base64.urlsafe_b64encode(digest[:9]).decode()
    index[short] = name
    print(f"{name:8} {digest.hex()[:16]} {short} {base64.b32encode(digest[:5]).decode()}")
print(sorted(index.values()))
h = hashlib.md5()
h.update(b"abc")
print(h.hexdigest(), h.digest_size, hashlib.md5(b"abc").hexdigest() == h.hexdigest())
print(hashlib.sha1(b"").hexdigest(), hashlib.sha224(b"x").hexdigest()[:10])
print(hashlib.sha3_256(b"abc").hexdigest()[:16], hashlib.sha512(b"abc").hexdigest()[-8:])
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 100).hex()[:16])
print(hashlib.blake2s(b"data", digest_size=4).hexdigest(), hashlib.shake_128(b"x").hexdigest(4))
print(base64.b64encode(b"any carnal pleas"), base64.b64encode(b"any carnal pleasu"))
print(base64.b64decode("YW55IGNhcm5hbCBwbGVhcw=="), base64.b32decode("NBUQ===="), base64.b16decode("6869"))
print(base64.b64encode("ü".encode()).decode("ascii"), base64.encodebytes(b"x" * 60)[-6:])
try:
    base64.b16decode("zz")
except Exception as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
