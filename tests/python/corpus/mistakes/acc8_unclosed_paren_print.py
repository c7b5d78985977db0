# An unclosed parenthesis in a print call, with code after it.
import math

print("5! =", math.factorial(5)
x = 3
print(x)
