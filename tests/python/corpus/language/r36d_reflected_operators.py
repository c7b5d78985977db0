# A Money type with reflected and in-place operators, so sum() and 2 * m work.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __iadd__(self, other):
        print("in-place add")
        self.cents += other.cents
        return self

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k)

    def __rmul__(self, k):
        print("reflected mul")
        return self * k

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2))

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"${sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), sum(wallet, Money(1000)))
m = Money(100)
alias = m
m += Money(50)
print(m, alias is m, 3 * m, m * 2, -m, abs(-m), round(Money(1260)))
print(bool(Money(0)), bool(m))
for expr in ("m * 1.5", "m + 'x'", "'x' + m", "m - m"):
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
t = (1, 2)
t += (3,)
print(t)
