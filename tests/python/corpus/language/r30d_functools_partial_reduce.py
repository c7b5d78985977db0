# functools.partial and reduce, with their reprs and a reduce of an empty list
from functools import partial, reduce
import operator


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func.__name__, square.args, square.keywords)
print(repr(partial(int, base=2)))
to_int = partial(int, base=2)
print(to_int("1011"), to_int("111", base=8))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(reduce(max, [3, 9, 2]))
reduce(operator.add, [])
