# total_ordering from __eq__ and __gt__ only, comparing with plain numbers via NotImplemented
from functools import total_ordering

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, (int, float)):
            return self.cents == round(other * 100)
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, Money):
            return self.cents > other.cents
        if isinstance(other, (int, float)):
            return self.cents > round(other * 100)
        return NotImplemented
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

a, b = Money(150), Money(99)
print(a > b, a <= b, a >= Money(150), a < 2, 1.5 == a, 2 > a, a != 1.5)
print(sorted([Money(500), b, a, Money(5)]), max(a, b), min([a, b, Money(100)]))
print(Money.__le__.__name__, Money.__lt__ is not object.__lt__)
try:
    a < "text"
except TypeError as e:
    print("TypeError:", e)
print(a == "text", {a: 1}[Money(150)])
