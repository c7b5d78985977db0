samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
           "back\\slash", "\x00\x07\x1b", "caf\u00e9", "\u200b zero width", "emoji \U0001F600",
           "\x7f\x80\xa0", "\ud800"[:0] + "ok", "'", '"', "\r\n", "\u2028"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("'\""), str(["it's", 'a"b']))
print(repr(b"bytes'\"\x00\xff"), repr(b"it's"))
print([repr(c) for c in "a'b"])
print(f"{'quote'!r}", "{!r}".format("it's"))
print(eval(repr("tricky'\"\\\n")) == "tricky'\"\\\n")
print(repr(r"C:\new\table"), r"C:\new\table")
print(repr("\N{BULLET} \N{EM DASH}"), "\N{BULLET}")
