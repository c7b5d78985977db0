# An extra closing parenthesis at the end of a print.
import math

radius = 2
area = math.pi * radius ** 2
print(round(area, 2)))
