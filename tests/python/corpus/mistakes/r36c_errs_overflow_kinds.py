# big numbers in a compound interest toy
import math

for fn in (lambda: 2.0 ** 5000, lambda: math.exp(1000), lambda: float(10 ** 400),
           lambda: int(float("inf")), lambda: int(float("nan")), lambda: math.factorial(-3),
           lambda: 1 << -1, lambda: pow(2, -1, 4)):
    try:
        fn()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
