import math

for x in [2.5, -2.5, 2.0, -0.5, 1e20, 3.9999999999999999, -7.000001]:
    print(f"{x!r:>22} floor={math.floor(x)} ceil={math.ceil(x)} trunc={math.trunc(x)} round={round(x)} int={int(x)}")
print(type(math.floor(2.5)), math.floor(10**30 + 0.0))
for bad in [math.inf, math.nan]:
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(7 // 2, -7 // 2, 7.0 // 2, -7.5 // 2, divmod(-7, 2), divmod(7.5, -2))
print(math.sqrt(2), math.pow(2, 0.5), 2 ** 0.5, math.hypot(3, 4), math.hypot(1, 1, 1))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 6), 10))
print(math.exp(1) == math.e, math.tau / 2 == math.pi)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
