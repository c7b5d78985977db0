# Checksums of strings with hashlib: md5, sha1, sha256 hexdigests, updates and hmac
import hashlib
import hmac

msg = "The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(name, msg.encode())
    print(f"{name:>7} {h.hexdigest()[:32]} {h.digest_size} {h.block_size}")
h = hashlib.sha256()
for word in msg.split():
    h.update(word.encode())
print(h.hexdigest() == hashlib.sha256(msg.replace(" ", "").encode()).hexdigest(), h.name)
c = h.copy()
c.update(b"!")
print(c.hexdigest() != h.hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
sig = hmac.new(b"secret-key", msg.encode(), hashlib.sha256).hexdigest()
print(sig, hmac.compare_digest(sig, sig), sorted(hashlib.algorithms_guaranteed)[:4])
print(hashlib.sha3_256(b"").hexdigest()[:16], hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:16])
hashlib.sha256("not bytes")
