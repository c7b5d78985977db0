class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c)); return self
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __rpow__(self, b): return f"rpow {b}"
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __invert__(self): return V(*(~a for a in self.c))
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __lshift__(self, n): return V(*(a << n for a in self.c))
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __or__(self, o): return NotImplemented
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
    def __divmod__(self, k): return (self // k, self % k)
v = V(1, -2, 3)
print(v + v, v * 2, 2 * v, v / 2, v // 2, v % 2, v ** 2, pow(v, 2, 3), 2 ** v, -v, +v, ~v, abs(v), v << 1)
print(v & 1, 1 & v, round(V(1.26, 2.5), 1), round(V(0.5, 1.5)), divmod(v, 2), len(v), v[1:], list(v))
v += V(1, 1, 1); print(v)
w = v; w *= 3; print(w, v, w is v)
try:
    v | 1
except TypeError as e: print(e)
try:
    1 | v
except TypeError as e: print(e)
try:
    v - v
except TypeError as e: print(e)
try:
    v @ v
except TypeError as e: print(e)
try:
    v < v
except TypeError as e: print(e)
try:
    v |= 2
except TypeError as e: print(e)
try:
    divmod(1, v)
except TypeError as e: print(e)
try:
    pow(2, v, 5)
except TypeError as e: print(e)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
sum([V(1, 1), V(2, 2)])
