# Mistake: one closing parenthesis too many.
import math

total = math.factorial(5))
print(total)
