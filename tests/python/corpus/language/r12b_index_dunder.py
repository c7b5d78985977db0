class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print(f"__index__ -> {self.n}")
        return self.n

data = list("abcdefg")
print(data[Idx(2)], data[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), "xyz" * Idx(2), [0] * Idx(3))
print(int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", operator_index := __import__("operator").index(Idx(9)))

class Number:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __round__(self, nd=None): return f"round({nd})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
n = Number(3.7)
import math
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n))
try:
    data[Number(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    data[1.0]
except TypeError as e:
    print("TypeError:", e)
print(math.ceil(n))
