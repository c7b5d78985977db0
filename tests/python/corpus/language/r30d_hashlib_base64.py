# hashlib digests and base64 encodings of fixed messages
import base64
import hashlib

msg = "The quick brown fox".encode()
print(hashlib.md5(msg).hexdigest())
print(hashlib.sha1(msg).hexdigest())
print(hashlib.sha256(msg).hexdigest()[:32], hashlib.sha256().digest_size)
h = hashlib.sha256()
for part in [b"The quick ", b"brown fox"]:
    h.update(part)
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), h.name, hashlib.new("md5", b"").hexdigest())
enc = base64.b64encode(msg)
print(enc, base64.b64decode(enc), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"hi"))
print(base64.b16encode(b"\x00\xff"), base64.b64encode(b"a"), base64.b64encode(b"ab"))
print(hashlib.blake2b(b"x", digest_size=8).hexdigest())
base64.b64decode("abc")
