# unicode text: lengths, code points, normalisation
import unicodedata
words = ["café", "cafe\u0301", "naïve", "日本語", "😀", "👍🏽", "Å", "Å"]
for w in words:
    print(f"{w!r:14} len={len(w)} {[hex(ord(c)) for c in w]}")
print("café" == "cafe\u0301", unicodedata.normalize("NFC", "cafe\u0301") == "café")
print(len(unicodedata.normalize("NFD", "café")), unicodedata.normalize("NFKC", "ﬁ①²"))
print(unicodedata.name("é"), unicodedata.name("😀"), unicodedata.category("A"), unicodedata.category("٣"))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), "\N{GREEK SMALL LETTER BETA}", "\u03b3", "\U0001F600")
print(chr(65), chr(0x3b1), ord("€"), ord("\n"), hex(ord("😀")), chr(0x1F600) == "😀")
print("日本語"[::-1], "😀x"[1], "abc😀".upper(), "é".encode("utf-8"), "é".encode("latin-1"))
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"))
print(sorted(["b", "a", "B", "é", "e", "Z"]), max("hello"), min("Hello"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
b"caf\xe9".decode("utf-8")
