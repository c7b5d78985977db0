# functools.partial binding the wrong positional argument.
from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, 2)
print(square(5))
cube = partial(power, exponent=3)
print(cube(2))
print(cube(2, 3))
