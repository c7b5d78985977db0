# A misspelt function of the math module
import math

side = 9
print("root:", math.sqroot(side))
