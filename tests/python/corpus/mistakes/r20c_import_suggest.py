# ImportError with suggestion from a module
print("importing")
from collections import OrderDict
# (end of the program)
# (end of the program)
