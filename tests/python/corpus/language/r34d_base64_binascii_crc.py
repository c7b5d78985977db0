# Encoding bytes for transport: base64 variants, binascii hexlify and crc32 checksums
import base64, binascii, zlib

data = b"async tutorial \x00\xff"
print(base64.b64encode(data), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print(base64.b32encode(b"hi"), base64.b16encode(b"hi"), base64.b85encode(b"hello"))
print(base64.b64decode(base64.b64encode(data)) == data, base64.b64decode("aGk"+"=", validate=True))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"))
print(binascii.crc32(b"hello"), hex(binascii.crc32(b"hello world")), zlib.crc32(b"hello"))
print(base64.standard_b64encode("text".encode()).decode("ascii"))
