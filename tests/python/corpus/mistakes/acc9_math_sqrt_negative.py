# The square root of a negative number.
import math

for x in (4, -1):
    print(math.sqrt(x))
