# A class statement without its colon.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

class Factorial
    def __init__(self, n):
        self.n = n
