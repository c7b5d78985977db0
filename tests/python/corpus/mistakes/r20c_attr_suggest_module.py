# AttributeError suggestions on modules and instances
import math
import string
try:
    math.sqr(4)
except AttributeError as e:
    print(e)
try:
    "abc".uper()
except AttributeError as e:
    print(e)
print(string.ascii_lowercas)
