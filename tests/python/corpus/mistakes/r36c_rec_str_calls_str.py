# __str__ builds the text with str(self) to reuse __repr__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return "$" + str(self)

m = Money(250)
print(repr(m))
print(m)
