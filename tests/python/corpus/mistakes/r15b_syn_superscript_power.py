# Mistake: a superscript two pasted from a formula instead of ** 2.
import math

def circle_area(r):
    return math.pi * r²

print(circle_area(3))
