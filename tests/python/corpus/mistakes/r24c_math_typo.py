# r24c_math_typo: a mistake as a learner makes it, and what CPython 3.11 says of it
import math
radius = 2
print("circumference", 2 * math.pi * radius)
print("area", math.PI * radius ** 2)
