import sys
import os

print(sys.version_info >= (3, 7))
print(os.curdir, os.pardir)
print(sys.flags.optimize)
