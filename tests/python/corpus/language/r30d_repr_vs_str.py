# Where Python uses __str__ and where it uses __repr__: print, f-strings, containers, !r, %r
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents / 100:,.2f}"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(123456)
print(m)
print([m, Money(5)])
print(f"{m} {m!r} {m!s}")
print("%s and %r" % (m, m))
print("{0} {0!r}".format(m))
print(str(m), repr(m), ascii(m))
print({"price": m})
print((m,))
print(format(m, ""))
print(f"{m:>12}")
