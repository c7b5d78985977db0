from functools import partial, reduce
import operator

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(base=7))
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
print(square.func.__name__, square.args, square.keywords)
print(repr(partial(max, 1, 2)))
print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(reduce(operator.add, [], "start"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
nested = {"a": {"b": {"c": 42}}}
print(reduce(operator.getitem, ["a", "b", "c"], nested))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))
print(list(map(partial(round, ndigits=1), [1.234, 5.678])))
