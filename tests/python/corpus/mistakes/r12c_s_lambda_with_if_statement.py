# A lambda whose body is an if statement.
import math

check = lambda n: if n < 0: raise ValueError("negative")
print(math.factorial(3))
print(check(3))
