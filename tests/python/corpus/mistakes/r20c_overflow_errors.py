# OverflowError messages
import math
tests = [
    lambda: math.exp(1000),
    lambda: 2.0 ** 10000,
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: float(10 ** 400),
    lambda: math.factorial(-1),
    lambda: [0] * (10 ** 20),
    lambda: round(float("inf")),
    lambda: (10 ** 400) / 3,
]
for t in tests:
    try:
        t()
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__, e)
