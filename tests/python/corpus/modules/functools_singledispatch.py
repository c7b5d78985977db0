# functools.singledispatch: register by annotation (a class, a union), by
# register(cls) and register(cls, func); dispatch along the MRO and to a
# registered ABC; dispatch(), registry, the errors.
from functools import singledispatch
from abc import ABC
class Sequence(ABC): pass
Sequence.register(tuple); Sequence.register(range)
from dataclasses import dataclass

@singledispatch
def describe(x):
    """Describe a value."""
    return f'object {x!r}'

@describe.register
def _(x: int):
    return f'int {x}'
@describe.register(float)
def _(x):
    return f'float {x:.2f}'
@describe.register
def _(x: str | bytes):
    return f'text {x!r}'

def describe_list(x):
    return f'list of {len(x)}: ' + ', '.join(describe(i) for i in x)
describe.register(list, describe_list)

@describe.register(Sequence)
def _(x):
    return f'sequence {tuple(x)}'

@dataclass
class Point:
    x: int
    y: int

@describe.register
def _(p: Point):
    return f'point at {p.x},{p.y}'

for v in [1, True, 2.5, 'hi', b'by', [1, 'a', 2.0], (1, 2), range(3), Point(1, 2), None, {1: 2}]:
    print(describe(v))
print(describe.__name__, describe.__doc__, describe.dispatch(bool).__name__, describe.dispatch(dict) is describe.registry[object])
print(sorted(c.__name__ for c in describe.registry))
try:
    describe()
except TypeError as e:
    print('TypeError:', e)
try:
    @describe.register
    def bad(x):
        return x
except TypeError as e:
    print('TypeError:', str(e).split(' at 0x')[0])
try:
    describe.register(42, print)
except TypeError as e:
    print('TypeError:', e)
