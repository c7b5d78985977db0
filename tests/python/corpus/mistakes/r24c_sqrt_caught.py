import math
for v in [16, 2, 0, -4, -0.0]:
    try:
        print(v, math.sqrt(v))
    except ValueError as e:
        print(v, "ValueError:", e)
print((-4) ** 0.5)
print(-4 ** 0.5)
print(pow(-4, 0.5))
for f in (math.log, math.acos):
    try:
        print(f(-1))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("log(0):", e)
