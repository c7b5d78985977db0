# Importing a function as if it were a module.
import os.path
print(os.path.join("a", "b"))
import math.sqrt
