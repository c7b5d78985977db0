# playing with inf and nan
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10**300, -inf < -10**300)
print(inf == inf, inf == float("infinity"), float("-Infinity"), float("NaN"), float(" nan "))
print(max(1, inf), min(-inf, 0), max(nan, 1), max(1, nan))
print([nan] == [nan], nan in [nan], 1e308 * 10, -1e308 * 10)
print(int(1e308), len(str(int(1e308))))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.inf == inf)
print(inf // 1, inf % 2 if False else "skip", divmod(5, inf))
print(f"{inf:.2f} {nan:f} {-inf:e} {inf:10} | {nan:>6}|")
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
int(nan)
