# Importing a function as if it were a module.
# (kept short on purpose: the mistake is the point)
import os.path
print(os.path.join("a", "b"))
import math.sqrt
