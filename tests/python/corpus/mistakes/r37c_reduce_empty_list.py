# multiplying all the numbers a user typed in, with reduce
from functools import reduce
import operator

def product(nums):
    return reduce(operator.mul, nums)

print(product([2, 3, 4]))
print(product([n for n in [1, -2, 3] if n > 5]))
