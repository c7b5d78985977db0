# len() of an int factorial instead of len(str(...)).
import math

value = math.factorial(30)
print(len(str(value)))
print(len(value))
