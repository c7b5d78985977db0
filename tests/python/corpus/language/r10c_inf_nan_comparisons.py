import math
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], float("nan") in [float("nan")])
print(max(1, nan), max(nan, 1), min([3, nan, 1]), sorted([3, nan, 1, 2]))
print({nan: 1}.get(nan), {float("nan"): 1}.get(float("nan")))
print(hash(inf), hash(-inf), 1 / inf, -1 / inf, math.copysign(1, -0.0))
print(int(2.0 ** 62), 2.0 ** 1023 * 2 == inf)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(round(inf) if False else "skip", math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7))
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, abs(-0.0))
print(f"{inf:f} {nan:.2f} {-inf:e} {nan:g} {inf:%}")
round(nan)
