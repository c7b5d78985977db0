# Mistake: __init__ misspelt as __int__, so the constructor takes no arguments.
class Factorial:
    def __int__(self, n):
        self.n = n

    def value(self):
        return 1

f = Factorial(5)
print(f.value())
