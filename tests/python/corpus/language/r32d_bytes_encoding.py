# Text and bytes: encode, decode, errors handlers, bytearray and hex
s = "café ☕"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode(), list(b[:4]))
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("latin-1", "backslashreplace"), "é".encode("utf-16-le"), "A".encode("utf-32-be"))
print(b"\xff\xfeab".decode("utf-8", errors="replace"), b"abc".hex(), bytes.fromhex("48 69"), b"hi".hex("-"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b"!!")
print(ba, bytes(ba).upper(), ba.decode(), bytes(3), bytes([65, 66]), b"a" * 3 + b"b")
print(b"x,y".split(b","), b" pad ".strip(), b"abc"[1], b"abc"[1:], b"abc" == "abc")
print(repr(b"\n\t\x00\x7f"), bytes(range(250, 256)), "€".encode("cp1252"))
b"\xe9".decode("utf-8")
