# Turning debugging off by assigning to __debug__.
import sys
print(sys.flags.optimize)
__debug__ = False
print("debug is", __debug__)
