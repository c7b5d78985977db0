# Dunder methods that return the wrong thing: __len__, __bool__, __init__, __str__, __iter__, __hash__
class NegLen:
    def __len__(self):
        return -1


class IntBool:
    def __bool__(self):
        return 1


class InitReturns:
    def __init__(self):
        return 5


class StrNone:
    def __str__(self):
        return None


class IterNotIter:
    def __iter__(self):
        return [1, 2]


class BigHash:
    def __hash__(self):
        return 2 ** 100


class FloatIndex:
    def __index__(self):
        return 2.0


for label, action in [("len", lambda: len(NegLen())), ("bool", lambda: bool(IntBool())),
                      ("init", InitReturns), ("str", lambda: str(StrNone())),
                      ("iter", lambda: list(IterNotIter())), ("hash", lambda: hash(BigHash()) == hash(2 ** 100)),
                      ("index", lambda: [1, 2, 3][FloatIndex()]), ("if", lambda: "yes" if NegLen() else "no"),
                      ("repr-fstring", lambda: f"{StrNone()}")]:
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
