# Arithmetic dunders of built-in types called by name: (1).__add__(2), NotImplemented for another type, a sequence's TypeError, unbound int.__add__ in map/reduce
print((1).__add__(2), 'a'.__add__('b'), [1].__add__([2]), (1).__add__('a'), (1).__add__(2.0), (1.0).__add__(2))
print('ab'.__mul__(3), 'a'.__rmul__(3), [0].__mul__(2), (1, 2).__add__((3,)), (5).__rsub__(2), (7).__truediv__(2))
print({1}.__or__([2]), {1}.__or__({2}), {'a': 1}.__or__({'b': 2}), True.__and__(False), (2).__pow__(3), (2).__pow__(3, 5))
print((3).__neg__(), (2.5).__int__(), (3).__float__(), (1).__index__(), True.__index__(), (2.7).__floor__(), (2.1).__ceil__(), (-2.5).__trunc__())
print((1).__divmod__(2), (7.5).__divmod__(2), (1).__lshift__(3), 'x%s'.__mod__(5), (5).__abs__(), (-5.5).__abs__(), (5).__invert__(), (2.5).__round__(), (2.567).__round__(2), (7).__rtruediv__(14))
print((1).__sub__(True), (1.5).__mul__(2), (2).__mul__(1.5), 'a'.__mod__(()), (10).__floordiv__(3), (10).__mod__(3), (3).__rpow__(2), (1).__radd__('x'))
print(frozenset({1}).__and__({1, 2}), {1, 2}.__sub__({2}), {1}.__xor__({2}), {1}.__rsub__({1, 2}), (4).__xor__(1), (4).__or__(1.0))
print(sum([[1], [2]], []), int.__add__(3, 4), float.__mul__(2.0, 3), str.__add__('x', 'y'), list.__add__([1], [2]))
print(list(map((10).__mul__, [1, 2, 3])), list(map(str.__mul__, ['a', 'b'], [2, 3])))
import functools
print(functools.reduce(int.__mul__, range(1, 6)))
for bad in [lambda: 'a'.__add__(1), lambda: [1].__add__((2,)), lambda: 'a'.__mul__('b'), lambda: (1).__add__(), lambda: (1).__truediv__(0), lambda: (1).__add__(1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
print(hasattr(1.0, '__and__'), hasattr('a', '__sub__'), hasattr([], '__or__'), hasattr({}, '__add__'))
