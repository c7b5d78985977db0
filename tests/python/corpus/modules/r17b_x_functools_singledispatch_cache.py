# functools.singledispatch to describe results of different types, and functools.cache
import functools

@functools.singledispatch
def describe(x):
    return f'something: {x!r}'

@describe.register
def _(x: int):
    return f'int with {x.bit_length()} bits'

@describe.register(list)
def _(x):
    return f'list of {len(x)}: ' + ', '.join(describe(i) for i in x)

@functools.cache
def slow_square(n):
    print(f'  computing {n}')
    return n * n

print(describe(5), describe('hi'), describe([1, 'a', 2.5]), sep='\n')
print([slow_square(n) for n in (3, 4, 3, 4)])
print(slow_square.cache_info())
print(describe.registry.keys() >= {object, int, list}, describe.dispatch(bool).__name__)
