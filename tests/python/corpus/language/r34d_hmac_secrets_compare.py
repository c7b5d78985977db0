# Signing messages with hmac and sha256, comparing digests with compare_digest
import hmac, hashlib, secrets

key = b"server-secret"
msg = b'{"user": "ann", "role": "admin"}'
sig = hmac.new(key, msg, hashlib.sha256).hexdigest()
print(sig)
print(hmac.new(key, msg, "sha1").hexdigest(), hmac.digest(key, b"x", "md5").hex())
def verify(message, signature):
    expected = hmac.new(key, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
print(verify(msg, sig), verify(msg + b" ", sig))
h = hmac.new(key, digestmod=hashlib.sha256)
h.update(msg[:10])
h.update(msg[10:])
print(h.hexdigest() == sig, h.name, h.digest_size, h.block_size)
print(secrets.compare_digest("abc", "abc"), len(secrets.token_hex(8)), len(secrets.token_bytes(4)))
print(hashlib.sha256(b"").hexdigest()[:16], hashlib.new("sha512", b"a").hexdigest()[:12])
try:
    hmac.new(key, msg)
except TypeError as e:
    print("TypeError:", e)
