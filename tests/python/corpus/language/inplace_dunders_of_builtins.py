# the in-place operators' dunders of list, set and dict, and __reversed__, as a subclass calls them through super()
class LogList(list):
    def __iadd__(self, other):
        print('iadd', other)
        return super().__iadd__(other)
    def __reversed__(self):
        print('reversed')
        return super().__reversed__()
    def __imul__(self, n):
        return super().__imul__(n)
l = LogList([1, 2])
l += [3]
l *= 2
print(l, type(l).__name__, list(reversed(l)))
print([1].__iadd__((2, 3)), [1, 2].__imul__(2), list([1, 2].__reversed__()), list({1: 2, 3: 4}.__reversed__()))
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({9}), s.__ior__([1]))
d = {'a': 1}
print(d.__ior__({'b': 2}), d.__ior__([('c', 3)]), range(0).__bool__(), range(3).__bool__(), list(range(3).__reversed__()))
class S(set):
    def __ior__(self, o):
        print('ior'); return super().__ior__(o)
x = S({1}); x |= {2}; print(x)
class D(dict):
    def __ior__(self, o):
        print('dior'); return super().__ior__(o)
    def __reversed__(self): return super().__reversed__()
y = D(a=1); y |= {'b': 2}; print(y, list(reversed(y)))
try: [].__iadd__(5)
except TypeError as e: print(e)
try: [].__imul__('a')
except TypeError as e: print(e)
print(frozenset.__dict__.get("__ior__"), tuple.__dict__.get("__iadd__"), "__iadd__" in dir(list), "__ior__" in dir(dict))
