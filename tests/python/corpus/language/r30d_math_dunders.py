# math.floor/ceil/trunc and round on a class, __divmod__, __matmul__, __invert__, __pos__, __bytes__
import math
import operator


class Num:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return math.floor(self.v)

    def __ceil__(self):
        return math.ceil(self.v)

    def __trunc__(self):
        return int(self.v)

    def __round__(self, nd=None):
        return round(self.v, nd)

    def __divmod__(self, other):
        return divmod(self.v, other)

    def __rdivmod__(self, other):
        return ("r", divmod(other, self.v))

    def __matmul__(self, other):
        return f"{self.v}@{other}"

    def __rmatmul__(self, other):
        return f"{other}@{self.v} (reflected)"

    def __invert__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(abs(self.v))

    def __bytes__(self):
        return str(self.v).encode()

    def __length_hint__(self):
        return 7

    def __repr__(self):
        return f"Num({self.v})"


n = Num(-3.7)
print(math.floor(n), math.ceil(n), math.trunc(n), round(n), round(n, 1))
print(divmod(n, 2), divmod(10, Num(3)), n @ 2, 2 @ n, ~n, +n, bytes(n), operator.length_hint(n))
print(math.floor(Num(2 ** 70 + 0.5)) if False else "skip", int(n) if hasattr(n, "__int__") else "no __int__")
print(int(n))
