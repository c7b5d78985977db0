# ImportError suggestions for names in modules
try:
    from os import pth
except ImportError as e:
    print(e.name, e.msg if hasattr(e, "msg") else "")
    print(e)
from math import squareroot
