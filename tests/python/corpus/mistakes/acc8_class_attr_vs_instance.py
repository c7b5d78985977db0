# An attribute set in __init__ read from the class.
class Calculator:
    def __init__(self):
        self.results = {}

calc = Calculator()
calc.results[5] = 120
print(calc.results)
print(Calculator.results)
