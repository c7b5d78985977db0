# Import forms: import as, from import, from import as, module attributes and a failing import
import math as m
from random import seed, randint as ri
from collections import deque as dq
import asyncio.tasks
import os.path

seed(1)
print(m.pi > 3, ri(1, 6), dq([1, 2]))
print(m.__name__, ri.__name__, dq.__name__, asyncio.tasks.__name__)
print(os.path.join('a', 'b'), os.path.basename('/x/y.py'), os.path.splitext('prog.py'))
print(type(m).__name__, __name__)
try:
    from math import tau, nothing_here
except ImportError as e:
    print('ImportError:', e)
import not_a_real_module
