# One closing parenthesis too many.
import math
r = 2.0
area = math.pi * (r ** 2))
print(round(area, 3))
