# str.encode/bytes.decode with errors, bytes methods a learner meets, bytearray edits.
s = "naïve café €"
b = s.encode()
print(b, len(s), len(b), b.decode(), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("utf-16-le")[:6])
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xffab".decode("latin-1"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"a,b,,c".split(b","), b" x ".strip(), b"abc".upper(), b"ab".hex(), bytes.fromhex("41 42"), b"abc"[1], b"abc"[1:])
ba = bytearray(b"hello")
ba[0] = 74
ba.extend(b"!!")
ba += b"?"
print(ba, ba.decode(), bytes(ba), len(ba), ba.pop(), ba.find(b"l"), list(b"AB"), bytes([72, 105]))
print(b"x" * 3, b"abc".replace(b"b", b"B"), b"-".join([b"a", b"b"]), b"%03d" % 7, b"abc".startswith(b"a"))
try:
    b"abc" + "d"
except TypeError as e:
    print("TypeError:", e)
