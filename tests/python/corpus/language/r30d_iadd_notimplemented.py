# __iadd__ returning NotImplemented falls back to __add__ then __radd__; __format__ must return str
class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("  __iadd__", other)
        if isinstance(other, int):
            self.v += other
            return self
        return NotImplemented

    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, float):
            return Acc(self.v + other)
        return NotImplemented

    def __format__(self, spec):
        return 42 if spec == "bad" else format(self.v, spec)


class Right:
    def __repr__(self):
        return "Right()"

    def __radd__(self, other):
        print("  Right.__radd__")
        return "right wins"


a = Acc(1)
a += 2
a += 0.5
print(format(a, ".2f"), type(a).__name__)
b = Acc(0)
b += Right()
print(b)
try:
    a += "x"
except TypeError as e:
    print("TypeError:", e)
print(f"{Acc(3):bad}")
