# Taking square roots and logs of values that can be zero or negative
import math

values = [4, 1, 0, -9]
for v in values:
    print(v, math.sqrt(v), math.log(v))
