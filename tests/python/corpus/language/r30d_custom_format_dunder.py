# __format__ of one's own, __round__, __index__ and __int__/__float__ conversions
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return format(self.cents / 100, spec or ".2f")

    def __round__(self, n=0):
        return Money(round(self.cents, n - 2))

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __index__(self):
        return self.cents

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(123456)
print(f"{m}", f"{m:,.1f}", f"{m:words}", format(m, ">12.3f"), "{:e}".format(m))
print(round(m), round(m, 1), int(m), float(m), hex(Money(255)), bin(Money(5)))
print(["a", "b", "c"][Money(1)], "ab" * Money(2), range(Money(3)))
print(f"{m!r:>15}|", f"{m:}")
print(f"{m:q}")
