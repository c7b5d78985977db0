# A 2x2 matrix class with @ (matmul), ** by repeated squaring, ==, abs, neg, bool and reflected scalar *.
class M2:
    def __init__(self, a, b, c, d):
        self.v = (a, b, c, d)
    def __matmul__(self, o):
        a, b, c, d = self.v
        e, f, g, h = o.v
        return M2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return M2(*(k * x for x in self.v))
        return NotImplemented
    __rmul__ = __mul__
    def __pow__(self, n):
        result, base = M2(1, 0, 0, 1), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __eq__(self, o):
        return isinstance(o, M2) and self.v == o.v
    __hash__ = None
    def __neg__(self):
        return -1 * self
    def __abs__(self):
        a, b, c, d = self.v
        return a * d - b * c
    def __bool__(self):
        return any(self.v)
    def __repr__(self):
        return "M2({}, {}, {}, {})".format(*self.v)

fib = M2(1, 1, 1, 0)
print(fib ** 10, (fib ** 90).v[1])
print(2 * fib, fib * 0.5, -fib, abs(fib), bool(M2(0, 0, 0, 0)))
print(fib @ fib == fib ** 2, fib == "x", fib != fib ** 1)
m = fib
m @= fib
print(m, fib)
for expr in ("fib * 'a'", "fib + fib", "'a' @ fib", "hash(fib)", "fib @ 2"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
