# str's case and class methods on Unicode text: ß, ǅ, İ, ligatures, digits of other scripts, emoji with a modifier, split on Unicode spaces
s = "Ünïcödé Straße ǅemal İstanbul ﬁne"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), sep="\n")
print(len(s), len(s.upper()), s.isalpha(), "ﬁ".isalpha(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "Ⅻ".isnumeric())
print(sorted(["é", "e", "f", "E", "É"]), "é" < "f", "straße".upper().lower(), "ß".casefold() == "ss")
print("𝔘𝔫𝔦".isalpha(), len("👍🏽"), "👍🏽"[0], ascii("é👍"), repr("\u200b"), "a\u0301".isalnum(), "\t".isprintable())
print("hello world".center(21, "·"), "→".join("abc"), "x".ljust(3, "€") + "|", f"{'é':^5}|", f"{'👍':>4}|")
print("ǆemal".capitalize(), "ǈ".upper(), "ǈ".lower(), "ǈ".istitle(), "ŉ".upper(), "ﬃ".upper(), "İ".casefold())
print("a b\u00a0c\u2003d".split(), "x\u2028y\u0085z".splitlines(), " \u3000 x".strip(), "١٢٣".isdigit(), int("١٢٣"))
