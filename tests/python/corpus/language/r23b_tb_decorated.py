import functools

def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__qualname__}{args}")
        return func(*args, **kwargs)
    return wrapper

class Calculator:
    def __repr__(self):
        return "Calculator()"

    @log_calls
    def divide(self, a, b):
        return a / b

    @staticmethod
    @log_calls
    def root(x):
        if x < 0:
            raise ValueError("negative input")
        return x ** 0.5

calc = Calculator()
print(calc.divide(10, 4), Calculator.root(16))
try:
    Calculator.root(-1)
except ValueError as e:
    print("ValueError:", e)
results = list(map(lambda pair: calc.divide(*pair), [(1, 2), (3, 0)]))
