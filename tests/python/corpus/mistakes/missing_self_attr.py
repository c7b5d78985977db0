# Mistake: an attribute set without self. in __init__.
class Calculator:
    def __init__(self, numbers):
        numbers = numbers
        self.done = False

    def total(self):
        return sum(self.numbers)

calc = Calculator([5, 7])
print(calc.done)
print(calc.total())
