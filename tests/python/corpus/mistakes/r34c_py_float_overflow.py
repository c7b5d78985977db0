# Computing compound growth until the float overflows
import math

rate = 1.5
for years in (10, 100, 1000, 2000):
    print(years, f"{rate ** years:.3e}")
print(math.exp(1000))
