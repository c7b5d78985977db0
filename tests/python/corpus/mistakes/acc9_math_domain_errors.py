# math functions given values outside their domain.
import math

for f, x in [(math.log, 0), (math.acos, 2), (math.factorial, -1), (math.log, -1)]:
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
print(math.floor("3.5"))
