import math

tests = [
    lambda: math.perm(3, -1),
    lambda: math.comb(5, "2"),
    lambda: math.floor("3.5"),
    lambda: math.ceil(math.inf),
    lambda: math.floor(math.nan),
    lambda: math.exp(1000),
    lambda: math.acos(2),
    lambda: math.pow(0, -1),
    lambda: math.prod(["a", "b"]),
    lambda: math.sqrt(),
    lambda: math.isqrt(-1),
    lambda: math.log("10"),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.floor(1e300) == 10**300)
