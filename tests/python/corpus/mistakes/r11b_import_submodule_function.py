# Importing a function as if it were a submodule.
import math
print(math.pi)
try:
    import math.sqrt
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "|", e.name)
try:
    from sys import argvs
except ImportError as e:
    print("ImportError:", e, "|", e.name)
import random.randint as ri
