from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2))
print([square(x) for x in range(5)])
int2 = partial(int, base=2)
print(int2("1011"), int2("111"))
print(square.func.__name__, square.args, square.keywords)
print(repr(partial(int, base=2)), repr(partial(max, 3, key=abs)))
greet = partial(print, "Hello", sep=", ")
greet("world")
greet("there", end="!\n")
two_to = partial(power, 2)
print(two_to(10))
print(two_to(3, 4))
