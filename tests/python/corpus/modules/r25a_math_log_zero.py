import math

def safe_log(x):
    try:
        return math.log(x)
    except ValueError as e:
        return f"error: {e}"

print(safe_log(1))
print(safe_log(0))
print(safe_log(-1))
print(math.log(8, 2))
print(math.log(10, 1))
