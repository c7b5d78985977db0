s = "café"
print(len(s), s[::-1], s.upper(), [hex(ord(c)) for c in s])
decomposed = "cafe\u0301"
print(len(decomposed), decomposed == s, decomposed)
import unicodedata
print(unicodedata.normalize("NFC", decomposed) == s, len(unicodedata.normalize("NFD", s)))
print(unicodedata.name("é"), unicodedata.category("é"), unicodedata.lookup("SNOWMAN"))
emoji = "hi 👋🏽!"
print(len(emoji), [c for c in emoji], emoji.encode("utf-8"))
print("日本語".encode("utf-8"), b"\xe6\x97\xa5".decode("utf-8"), "日本語"[1])
print(repr("tab\there"), repr("new\nline"), repr("quote's"), repr('both \' "'), repr("\x00\x7f\u200b"))
print("ﬁ".upper(), "ǆ".title(), "ΣΑΣ".lower(), "Σ".lower())
print(sorted(["é", "e", "f", "E", "z"]), "é" > "z")
print(ascii("naïve ☃"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print("\N{GREEK SMALL LETTER ALPHA}\N{BLACK STAR}", "\u00e9" == "é", "x\u0332".isalpha())
print("naïve".encode("ascii"))
