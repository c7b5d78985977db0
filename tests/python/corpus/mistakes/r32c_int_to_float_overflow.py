# A huge factorial divided as a float.
import math
big = math.factorial(200)
print(len(str(big)))
print(big / 3)
