# functools.partial whose call repeats a bound argument
from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
print(square(5))
print(square(5, 3))
