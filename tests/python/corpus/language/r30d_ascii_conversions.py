# ascii(), !a and %a conversions, repr of strings with quotes and escapes, and str.isprintable
samples = ["plain", "café", "tab\there", "it's", 'say "hi"', "both ' and \"", "\u200b", "😀", "\x7f", "line\n"]
for s in samples:
    print(f"{s!r:18} {s!a:24} {s.isprintable()!s:5} {len(repr(s))}")
print("%a %r %s" % ("é", "é", "é"), "{!a}".format(["ü"]), ascii({"ключ": "значение"}))
print(repr("\\"), repr("'\""), repr("\r\x00\x1f"), repr(b"\xc3\xa9"), ascii(b"\xc3\xa9"))
print(eval(repr("round ' trip \" \n")) == "round ' trip \" \n", eval(ascii("né")) == "né")
