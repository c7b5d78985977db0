# raise ... from None hides the context; a custom exception class.
class FactorialError(Exception):
    pass

def factorial(text):
    try:
        n = int(text)
    except ValueError:
        raise FactorialError(f"not a number: {text}") from None
    return n

print(factorial("4"))
factorial("x4")
