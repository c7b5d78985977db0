# Encoding a message several ways: base64 (standard, urlsafe), base32, base16, ascii85, and bytes.hex.
import base64
import binascii

msg = "Héllo, wörld? ~~>".encode("utf-8")
print(msg)
for fn in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode):
    enc = fn(msg)
    print(f"{fn.__name__:18}{enc.decode()}")
print(base64.b64decode(base64.b64encode(msg)).decode(), base64.standard_b64encode(b"\xfb\xff"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(msg.hex(), msg.hex(":", 4), bytes.fromhex("48 65 6c"), binascii.hexlify(b"ab", "-"))
print(base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.b64encode(b""), base64.b64decode("YQ"+"=="))
print(binascii.crc32(msg), binascii.b2a_base64(b"x"), base64.b64decode(b"YW Jj", validate=False))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
base64.b64decode("YW Jj", validate=True)
