# A __str__ that raises when the object is printed.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents / 100:.2f} {self.currency}"

print("balance:")
print(Money(1250))
