# rounding very big computed values to ints
import math

values = [2.5, 1e300 * 1e10, float("nan")]
for v in values:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(values[1]))
