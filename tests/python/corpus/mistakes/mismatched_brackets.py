# Mistake: a list opened with [ and closed with ).
import math

numbers = [5, 7, 3, 6)
print([math.factorial(n) for n in numbers])
