# from ... import * inside a function.
def area(r):
    from math import *
    return pi * r * r

print(area(2))
