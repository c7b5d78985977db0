class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cur} {format(self.amount, spec[:-1] or '.2f')}"
        return format(str(self), spec)

m = Money(12.5)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:>15}|", f"{m:c}", f"{m:,.3fc}")
print("{} / {!r} / {:*^16}".format(m, m, m))
print("%s | %r" % (m, m))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), ">10")
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
class BadStr:
    def __str__(self):
        return 42
print(repr(BadStr()) != "", "ok")
print(BadStr())
