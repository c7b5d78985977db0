# A from-import with a trailing comma and no parentheses.
from math import sqrt, floor,
print(sqrt(16))
print(floor(2.7))
print("math ok")
