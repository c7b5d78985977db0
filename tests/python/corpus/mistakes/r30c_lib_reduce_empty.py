# functools.reduce on an empty list without an initial value.
from functools import reduce
import operator
print(reduce(operator.mul, [1, 2, 3, 4]))
print(reduce(operator.mul, []))
