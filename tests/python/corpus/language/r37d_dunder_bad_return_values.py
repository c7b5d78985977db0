# Dunder methods that return the wrong thing: __len__, __bool__, __repr__, __index__, __iadd__ returning None.
class BadLen:
    def __len__(self): return -1
class FloatLen:
    def __len__(self): return 2.0
class BadBool:
    def __bool__(self): return 1
class BadRepr:
    def __repr__(self): return 42
class Idx:
    def __index__(self): return 3
class Forgetful:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)

tests = [("len(BadLen())", lambda: len(BadLen())), ("len(FloatLen())", lambda: len(FloatLen())),
         ("bool(BadBool())", lambda: bool(BadBool())), ("repr(BadRepr())", lambda: repr(BadRepr())),
         ("str(BadRepr())", lambda: str(BadRepr())), ("not BadBool()", lambda: not BadBool())]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
i = Idx()
print("abcdef"[i], "abcdef"[i:], bin(i), list(range(i)), [0] * i, hex(i), i.__index__())
f = Forgetful()
f += 1
print("after += :", f)
class Lies:
    def __contains__(self, x): return "yes"
    def __eq__(self, o): return "maybe"
print(3 in Lies(), Lies() == 1, [Lies()].count(1), Lies() in [0])
if BadLen():
    print("unreachable")
