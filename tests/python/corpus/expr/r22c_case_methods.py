# upper/lower/title/capitalize/swapcase/casefold
samples = ["hello world", "HELLO WORLD", "hELLO wORLD", "it's a dog's life", "o'neil mcdonald",
           "3rd place", "ǆemal", "straße", "ΣΊΣΥΦΟΣ", "İstanbul", "ﬁne ﬂour", "x-ray_vision 2go"]
for s in samples:
    print(f"{s!r:22} upper={s.upper()!r} lower={s.lower()!r}")
    print(f"{'':22} title={s.title()!r} cap={s.capitalize()!r} swap={s.swapcase()!r} fold={s.casefold()!r}")
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("ABC".isupper(), "AbC".isupper(), "123".isupper(), "A1".isupper(), "Hello World".istitle(), "Hello world".istitle())
print("".upper() == "", "ß".upper(), "ß".upper().lower(), len("ﬃ".upper()))
