# A misspelt module name in import
import random
import maths

print(maths.pi)
