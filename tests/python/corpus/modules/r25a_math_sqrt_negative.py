import math

values = [16, 2.25, 0, -4]
for v in values:
    print(v, "->", math.sqrt(v))
