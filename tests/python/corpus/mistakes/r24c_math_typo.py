import math
radius = 2
print("circumference", 2 * math.pi * radius)
print("area", math.PI * radius ** 2)
