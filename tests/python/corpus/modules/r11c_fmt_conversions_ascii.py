s = "café ☕"
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s}")
print(ascii(s), repr(s))
print(repr("tab\there"), f"{'it''s'!r}")
print(f"{[s, 'é']!a}")
print("{!a}".format("naïve"), "{0!r:>12}".format("x"))
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
    def __format__(self, spec):
        return f"format-P({spec})"
p = P()
print(f"{p} {p!s} {p!r} {p:xyz} {p!r:>8}")
print(format(p), str(p), "{}".format(p), "%s %r" % (p, p))
print(ascii("\x00\x7f\u200b\U0001F600"))
print(f"{b'bytes'!r} {bytes([255, 65])!r} {bytes([255]).hex()}")
