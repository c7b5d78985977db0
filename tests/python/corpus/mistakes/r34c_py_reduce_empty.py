# Multiplying an empty list together with functools.reduce
from functools import reduce
import operator

for nums in ([2, 3, 4], []):
    print(reduce(operator.mul, nums))
