# A 2x2 Matrix class with @ (matmul), ** via repeated squaring, ==, unary -, and __rmul__
class M:
    def __init__(self, a, b, c, d):
        self.v = (a, b, c, d)
    def __matmul__(self, o):
        a, b, c, d = self.v
        e, f, g, h = o.v
        return M(a*e + b*g, a*f + b*h, c*e + d*g, c*f + d*h)
    def __pow__(self, n):
        result, base = M(1, 0, 0, 1), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __rmul__(self, k):
        return M(*(k * x for x in self.v))
    def __neg__(self):
        return -1 * self
    def __eq__(self, o):
        return isinstance(o, M) and self.v == o.v
    __hash__ = None
    def __repr__(self):
        return "M({}, {}, {}, {})".format(*self.v)

fib = M(1, 1, 1, 0)
print(fib ** 10, (fib ** 90).v[1])
print(3 * fib, -fib, fib @ M(1, 0, 0, 1) == fib)
x = M(1, 2, 3, 4)
x @= x
print(x)
try:
    fib * 3
except TypeError as e:
    print("TypeError:", e)
try:
    {fib}
except TypeError as e:
    print("TypeError:", e)
try:
    fib @ 2
except AttributeError as e:
    print("AttributeError:", e)
