# A broad except before a narrow one: the narrow one never runs.
def divide(a, b):
    try:
        return a / b
    except Exception as e:
        return f"general error: {e}"
    except ZeroDivisionError:
        return "division by zero"

print(divide(1, 0))
print(divide("1", 2))
