class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        return self.__add__(other)
    def __sub__(self, other):
        if isinstance(other, Money):
            return Money(self.cents - other.cents)
        return NotImplemented
    def __rsub__(self, other):
        if isinstance(other, int):
            return Money(other - self.cents)
        return NotImplemented

print(Money(150) + 25)
print(25 + Money(150))
print(sum([Money(100), Money(250), Money(5)]))
print(1000 - Money(1))
class Sub(Money):
    def __radd__(self, other):
        print("  Sub.__radd__ first")
        return Money.__radd__(self, other)
print(Money(1) + Sub(2))
print("x" - Money(3))
