# A generator expression beside another argument without its own brackets: SyntaxError
import math

numbers = [3, 4, 5]
total = sum(math.factorial(n) for n in numbers, 0)
print(total)
