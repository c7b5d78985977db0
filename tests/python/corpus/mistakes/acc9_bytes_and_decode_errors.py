# bytes() without an encoding, a bad codec, a bad byte.
for call in (lambda: bytes("abc"), lambda: "abc".encode("utf9"), lambda: b"\xff".decode()):
    try:
        call()
    except (TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(b"caf\xe9".decode("utf-8"))
