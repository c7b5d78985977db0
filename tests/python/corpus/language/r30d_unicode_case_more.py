# More Unicode: chr/ord round trips, special casing, digits in other scripts, width-free alignment
words = ["naïve", "café", "日本", "emoji😀", "Ωmega"]
for w in words:
    print(f"{w!r:12} len={len(w)} upper={w.upper()} first={ord(w[0]):#06x} ascii={ascii(w)}")
print(chr(9731), "\u2603", "\x41\101", "\U0001F600" == "😀", ord("€"), hex(ord("😀")))
print("ǅ".lower(), "ǅ".upper(), "ǅ".istitle(), "İ".lower(), len("İ".lower()))
print("straße".upper(), "ﬁ".upper(), "ΣΑΣ".lower(), "ß".casefold() == "ss", "ǆemal".title())
print(sorted(["b", "A", "é", "a", "Z"]), "é" > "z", max("hello"), min("Hello"))
print("١٢٣".isdigit(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), float("٣.٥"))
print("|" + "日本".center(6, "*") + "|", "|" + "abc".rjust(6) + "|", "x\u200by".split())
print(repr("tab\there"), repr("quote'\""), repr("\x00\x1b\x7f\x85\xa0"), "\\n", repr("\u2028"))
print("a\u0301" == "á", len("a\u0301"), "é".encode(), "Ⅻ".isalpha(), "Ⅻ".isnumeric())
print(chr(0x110000))
