# unicode text without unicodedata: code points, encode/decode, errors
words = ["café", "cafe\u0301", "naïve", "日本語", "😀", "👍🏽", "Å"]
for w in words:
    print(f"{w!r:14} len={len(w)} utf8={len(w.encode())} {[hex(ord(c)) for c in w]}")
print("café" == "cafe\u0301", "\u03b3", "\U0001F600", "\x41\u0042\U00000043")
print(chr(65), chr(0x3b1), ord("€"), ord("\n"), hex(ord("😀")), chr(0x1F600) == "😀")
print("日本語"[::-1], "😀x"[1], "abc😀".upper(), "é".encode("utf-8"), "é".encode("latin-1"))
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "xmlcharrefreplace"))
print("héllo".encode("ascii", "backslashreplace"), "😀".encode("utf-16-le"), "😀".encode("utf-8"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"), repr(b"\xe2\x82\xac".decode()))
print(sorted(["b", "a", "B", "é", "e", "Z"]), max("hello"), min("Hello"))
print(str(b"bytes", "ascii"), str(b"x"), bytes("é", "utf-8"), list("é".encode()))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
b"caf\xe9".decode("utf-8")
