# __repr__ versus __str__: what print, f-strings, containers and the REPL-style repr() show
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

    def __str__(self):
        return f"{self.rank}{self.suit}"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


c = Card("Q", "♥")
print(c, str(c), repr(c), [c], (c,), {c: 1})
print(f"{c} {c!r} {c!s} {[c]!s}", "%s %r" % (c, c), "{}|{!r}".format(c, c))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), str([OnlyStr()]).startswith("[<__main__.OnlyStr object at"))
print(repr("it's"), repr('say "hi"'), repr("tab\t\u00e9\x00"), str(b"bytes"), repr(1.0), repr(None))
print(ascii("naïve ☃"), repr([1, "a", None, True, 2.5, {"k": (1,)}]))
