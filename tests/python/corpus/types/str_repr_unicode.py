# repr() escapes what is not printable: controls, format characters (a BOM,
# zero-width spaces), separators other than ' ', unassigned code points and
# surrogates; letters, marks and emoji of any script print as they are
for s in ["\ufeff", "\u200b", "\xad", "\xa0", "\u2028", "\U000e0001", "\ud7ff", "\u0378", "a\u0300b", "\U0001F600", "\u3000", "\udc80"]:
    print(repr(s), ascii(s), [s], {s: len(s)})
codes = list(range(0x80, 0x30000, 97)) + list(range(0xE0000, 0x110000, 4099))
line = []
for c in codes:
    line.append(repr(chr(c)))
    if len(line) == 40:
        print(" ".join(line))
        line = []
print(" ".join(line))
print(sum(1 for c in range(0, 0x110000, 13) if chr(c).isprintable()), "".isprintable(), " ".isprintable(), "\n".isprintable())
