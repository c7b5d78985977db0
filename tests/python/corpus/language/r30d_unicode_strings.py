# Unicode in strings: len, ord/chr, escapes, normalisation-free case tricks, and alignment
words = ["naïve", "café", "日本", "emoji😀", "Ωmega"]
for w in words:
    print(f"{w!r:12} len={len(w)} upper={w.upper()} first={ord(w[0]):#06x} ascii={ascii(w)}")
print(chr(9731), "\u2603", "\N{SNOWMAN}", "\x41\101", "\U0001F600" == "😀")
print("ǅ".lower(), "ǅ".upper(), "ǅ".istitle(), "İ".lower(), len("İ".lower()))
print("straße".upper(), "ﬁ".upper(), "ΣΑΣ".lower(), "ß".casefold() == "ss")
print(sorted(["b", "A", "é", "a", "Z"]), "é" > "z", max("hello"))
print("١٢٣".isdigit(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("|" + "日本".center(6, "*") + "|", "|" + "abc".rjust(6) + "|")
print(repr("tab\there"), repr("quote'\""), repr("\x00\x1b"), "\\n")
print("a\u0301" == "á", len("a\u0301"), "é".encode(), chr(0x110000))
