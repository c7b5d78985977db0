class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __str__(self):
        return f"{self.rank} of {self.suit}"
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

c = Card("Q", "hearts")
print(c)
print([c])
print((c,), {c.rank: c})
print(f"{c}", f"{c!r}", f"{c!s:>20}|")
print("%s / %r" % (c, c))
print(str([c, c]))
print("{0} {0!r}".format(c))

class OnlyStr:
    def __str__(self):
        return "only-str"

o = OnlyStr()
print(o)
r = repr(o)
print(r.startswith("<__main__.OnlyStr object at 0x"))
print(str([o])[:25])

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(f"{OnlyRepr()!a}", ascii(["é", OnlyRepr()]))
print(format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), ">10")
except TypeError as e:
    print(e)
