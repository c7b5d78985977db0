# math.factorial's errors for floats, negatives and strings.
import math

for value in [5, 5.0, -1, 2.5, "5", True, 10**3]:
    try:
        r = math.factorial(value)
        print(repr(value), "->", r if r < 10**10 else f"{len(str(r))} digits")
    except (ValueError, TypeError) as e:
        print(repr(value), "->", type(e).__name__ + ":", e)
