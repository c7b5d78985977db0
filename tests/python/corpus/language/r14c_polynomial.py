# A Polynomial class: evaluation, addition, multiplication, derivative and a readable __str__.
class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c
    def __call__(self, x):
        return sum(a * x ** i for i, a in enumerate(self.c))
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        pad = lambda c: c + [0] * (n - len(c))
        return Poly(*[a + b for a, b in zip(pad(self.c), pad(o.c))])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)
    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:] or [0])
    def __str__(self):
        terms = []
        for i in reversed(range(len(self.c))):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(("- " if a < 0 else "+ ") + coef + var)
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]

p = Poly(1, -3, 0, 2)
q = Poly(-1, 1)
print(p, "|", q, "|", p + q, "|", p * q, "|", p.derivative())
print([p(x) for x in range(-2, 3)], (q * q * q)(2), Poly(0), Poly(5).derivative())
