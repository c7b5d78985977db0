# Language: a class with __repr__, __eq__, __hash__, __lt__, properties and a classmethod.
class Money:
    currency = 'EUR'

    def __init__(self, cents):
        self._cents = cents

    @classmethod
    def from_str(cls, text):
        euros, _, cents = text.partition('.')
        return cls(int(euros) * 100 + int(cents or 0))

    @staticmethod
    def zero():
        return Money(0)

    @property
    def euros(self):
        return self._cents / 100

    @euros.setter
    def euros(self, value):
        self._cents = round(value * 100)

    def __repr__(self):
        return f'Money({self._cents})'

    def __str__(self):
        return f'{self._cents // 100}.{self._cents % 100:02d} {self.currency}'

    def __eq__(self, other):
        return isinstance(other, Money) and self._cents == other._cents

    def __hash__(self):
        return hash(self._cents)

    def __lt__(self, other):
        return self._cents < other._cents

    def __add__(self, other):
        return Money(self._cents + other._cents)

a, b = Money.from_str('3.50'), Money(120)
print(a, repr(b), a + b, a == Money(350), a != b, a < b, sorted([a, b, Money.zero()]))
b.euros = 2.345
print(b.euros, str(b), len({a, Money(350), b}), Money.currency, a.__class__.__name__)
print(max(a, b), [str(m) for m in (a, b)], f'{a!r} {a!s} {a}')
try:
    a <= b
except TypeError as e:
    print(e)
