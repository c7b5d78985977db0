# Checksums and encodings: hashlib digests, base64 round trips and crc32.
import hashlib
import base64
import zlib
import binascii

msg = "The quick brown fox jumps over the lazy dog"
print(hashlib.md5(msg.encode()).hexdigest())
print(hashlib.sha1(msg.encode()).hexdigest())
print(hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
for word in msg.split():
    h.update(word.encode())
    h.update(b" ")
print(h.hexdigest()[:16], h.name, h.digest_size, h.block_size)
print(hashlib.new("sha512", b"abc").hexdigest()[:32])
print(hashlib.blake2b(b"abc", digest_size=8).hexdigest())
enc = base64.b64encode(msg.encode())
print(enc[:20], base64.b64decode(enc).decode() == msg)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print(base64.b32encode(b"hi"), base64.b16encode(b"hi"), base64.b85encode(b"hi"))
print(zlib.crc32(msg.encode()), binascii.crc32(b"hello"), zlib.adler32(b"hello"))
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"))
packed = zlib.compress(msg.encode() * 10)
print(len(packed) < len(msg) * 10, zlib.decompress(packed)[:9])
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(hashlib.sha256(b"a").hexdigest() == hashlib.sha256("a".encode("utf-8")).hexdigest())
