class BadRepr:
    def __repr__(self):
        return 42
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class BadIter:
    def __iter__(self):
        return [1, 2]
class BadInit:
    def __init__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadIndex:
    def __index__(self):
        return 2.5
class BadHash:
    def __hash__(self):
        return "h"

tests = [
    ("repr", lambda: repr(BadRepr())),
    ("bool", lambda: bool(BadBool())),
    ("if", lambda: "yes" if BadBool() else "no"),
    ("len", lambda: len(NegLen())),
    ("iter", lambda: iter(BadIter())),
    ("for", lambda: [x for x in BadIter()]),
    ("init", lambda: BadInit()),
    ("str", lambda: str(BadStr())),
    ("print", lambda: print(BadStr())),
    ("fstring", lambda: f"{BadStr()}"),
    ("index", lambda: [1, 2, 3][BadIndex()]),
    ("hash", lambda: hash(BadHash())),
    ("set", lambda: {BadHash()}),
    ("len bool", lambda: bool(NegLen())),
]
for label, fn in tests:
    try:
        print(label, "ok:", fn())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
print([BadRepr()])
