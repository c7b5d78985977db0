# File-integrity style checksums of in-memory data: md5, sha1, sha256, blake2b with digest_size, update().
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(name, data)
    print(f"{name:7}{h.digest_size:3} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for chunk in (data[:10], data[10:20], data[20:]):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.name, h.block_size)
c = h.copy()
c.update(b"!")
print(c.hexdigest()[:16], h.hexdigest()[:16])
print(hashlib.blake2b(data, digest_size=8).hexdigest(), hashlib.blake2s(b"", key=b"k").hexdigest()[:12])
print(hashlib.sha3_256(b"").hexdigest()[:20], hashlib.md5(b"").digest()[:4])
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith("sha"))[:4])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:24])
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
hashlib.new("nosuchhash")
