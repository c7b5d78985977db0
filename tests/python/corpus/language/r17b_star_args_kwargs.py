# *args and **kwargs: collecting, forwarding and unpacking
def show(*args, sep=', ', **kwargs):
    parts = [repr(a) for a in args] + [f'{k}={v!r}' for k, v in kwargs.items()]
    return sep.join(parts)

print(show(1, 'two', 3.0))
print(show(*range(3), sep=' | ', end='!'))
opts = {'color': 'red', 'size': 3}
print(show(**opts))
first, *middle, last = [10, 20, 30, 40, 50]
print(first, middle, last)
*init, tail = 'hello'
print(init, tail)
print(show(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
def f(a, b, /, c, *, d):
    return a + b + c + d
print(f(1, 2, c=3, d=4))
print(f(1, b=2, c=3, d=4))
