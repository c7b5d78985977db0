# Importing a function from a module with dotted import syntax
import math.sqrt

print(math.sqrt(16))
print("done")
