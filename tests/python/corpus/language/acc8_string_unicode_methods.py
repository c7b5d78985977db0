# String methods on accented text and counting.
s = "Café Ünïcode naïve résumé"
print(s.upper(), s.lower(), s.title(), len(s), s.encode("utf-8")[:8])
print(s.count("é"), s.find("ï"), s[::-1], sorted(s.split(), key=str.lower))
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǈ".swapcase(), "Σ".lower(), "ΑΣ".lower())
print("  \u00a0padded\u2003 ".strip(), "x\u2028y".splitlines())
print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "٣".isdecimal(), int("٣"))
print(str.maketrans("aé", "AE"), "café".translate(str.maketrans("aé", "AE")))
