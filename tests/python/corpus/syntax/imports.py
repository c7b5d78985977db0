# import, import as, from ... import, from ... import ... as; and a missing module.
import math
import random as rnd
from functools import reduce
from operator import mul as times, add
import asyncio, time
from typing import *

print(math.sqrt(16), math.pi > 3)
rnd.seed(7)
print(rnd.randint(1, 100))
print(reduce(times, range(1, 6)), add(2, 3))
print(asyncio.__name__, time.__name__, math.__name__)
print(callable(asyncio.run), callable(asyncio.sleep))
import math as m2
print(m2 is math)

try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, 'for', e.name)
import numpy_is_not_here
