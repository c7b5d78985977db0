# nan and inf comparisons, -0.0 and float formatting of specials.
import math
nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 1, math.isnan(nan), inf > 10**308, -inf < 0)
print(inf - inf, inf * 0, 1 / inf, -1 / inf, 0.0 == -0.0, math.copysign(1, -0.0))
print(f"{nan:.2f} {inf:e} {-inf:g} {-0.0:+.1f} {1e300 * 1e10:,}")
print(sorted([3, nan, 1]), max(1, nan), max(nan, 1), [nan] == [nan])
print(math.isinf(inf), math.isfinite(1e308), round(1e308 * 10) if False else "skip", int(-0.0))
try:
    int(nan)
except ValueError as e:
    print(e)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    round(inf)
except OverflowError as e:
    print(e)
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2), 0.1 * 3 == 0.3)
