import math

for n in [0, 5, 3.0]:
    try:
        print(n, math.factorial(n))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    math.factorial(-3)
except ValueError as e:
    print("ValueError:", e)
print(math.comb(-1, 2))
