# Mistake: __format__ calls format(self, spec), which calls __format__ again.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f} EUR"
        return format(self, spec)

price = Money(1999)
print(f"price: {price}")
print(f"price: {price:>12}")
