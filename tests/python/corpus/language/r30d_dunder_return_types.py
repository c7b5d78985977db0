# Dunder methods returning the wrong type: __str__, __repr__, __bool__, __len__, __int__, __index__
class BadStr:
    def __str__(self):
        return 42


class BadRepr:
    def __repr__(self):
        return None


class BadInt:
    def __int__(self):
        return "7"


class BadFloat:
    def __float__(self):
        return 1


class BadHash:
    def __hash__(self):
        return "h"


class BigHash:
    def __hash__(self):
        return 2 ** 100


for label, f in [("str", lambda: str(BadStr())), ("print", lambda: print(BadStr())),
                 ("repr", lambda: repr(BadRepr())), ("list", lambda: str([BadRepr()])),
                 ("int", lambda: int(BadInt())), ("float", lambda: float(BadFloat())),
                 ("hash", lambda: hash(BadHash())), ("f-string", lambda: f"{BadStr()}"),
                 ("format", lambda: format(BadStr(), "")), ("%s", lambda: "%s" % BadStr())]:
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)
print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)
