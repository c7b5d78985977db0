# Two exception types listed without parentheses.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError, TypeError:
        return None

print(safe_div(1, 0))
