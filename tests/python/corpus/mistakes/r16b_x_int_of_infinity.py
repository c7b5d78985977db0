# Float infinities and int() of one
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(float("inf") > 10**300, 1e308 * 10, -1e308 * 10)
print(int(float("inf")))
