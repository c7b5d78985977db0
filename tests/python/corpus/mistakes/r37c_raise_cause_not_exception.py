# raising my error with the original message as the cause
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        raise ValueError("b must not be zero") from str(e)

print(divide(6, 3))
print(divide(1, 0))
