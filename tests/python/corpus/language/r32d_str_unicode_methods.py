# Unicode-aware string methods: casefold, isdecimal vs isnumeric, int of other digits, identifiers
words = ["Straße", "STRASSE", "Ǆemal", "ﬁre"]
print([w.casefold() for w in words], words[0].casefold() == words[1].casefold(), words[0].lower())
for ch in ["7", "٣", "½", "²", "Ⅷ", "x"]:
    print(repr(ch), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum())
print(int("١٢٣"), float("٣.٥"), int("１２"), "ǅ".istitle(), "ǅ".upper(), "ǆ".title())
print("café".isidentifier(), "2x".isidentifier(), "class".isidentifier(), "a\tb".isprintable())
print("İstanbul".lower(), len("İ".lower()), "ΣΑΣ".lower(), "ﬀ".upper(), "ŉ".upper())
print(sorted(["b", "A", "é", "a", "Z"]), "é" > "z", ord("€"), chr(9731), "\N{SNOWMAN}")
print("a\u0301" == "á", len("a\u0301"), "👍🏽".encode("utf-8"), len("👍🏽"), "x" * 3 + "👍"[::-1])
print(" ".join(["\u00a0".isspace() and "nbsp-space", "\u200b".isspace() and "zwsp" or "zwsp-not-space"]))
