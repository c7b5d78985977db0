# Encoding "secret" messages with base64 as a learner does, decoding them back, and the errors of bad input.
import base64

messages = ["hello", "Python is fun!", "ünïcödé ✓", ""]
for m in messages:
    enc = base64.b64encode(m.encode("utf-8"))
    dec = base64.b64decode(enc).decode("utf-8")
    print(f"{m!r:<20} -> {enc.decode():<28} -> {dec == m}")
token = base64.urlsafe_b64encode(bytes([251, 255, 190, 0]))
print(token, base64.urlsafe_b64decode(token), base64.b64encode(bytes([251, 255, 190, 0])))
print(base64.b16encode(b"Hi!"), base64.b16decode(b"486921"), base64.b64decode("SGk h\nIQ=="))
wrapped = base64.encodebytes(b"The quick brown fox jumps over the lazy dog " * 2)
print(wrapped.decode(), end="")
print(base64.decodebytes(wrapped)[:19])
for bad in ["SGk", "S", "SGk$IQ==", "héllo"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except ValueError as e:
        print(type(e).__name__, e)
print(base64.b64encode("not bytes"))
