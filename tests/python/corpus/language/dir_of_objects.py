# dir() of an instance of a plain class, of the class, of object(), of a
# subclass, and a class's namespace: CPython's __dict__ and __weakref__
# descriptors, __doc__ None, no __qualname__ (the class keeps it apart)
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return abs(self.x) + abs(self.y)
class Plain:
    pass
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p = Point(1, 2)
print(dir(p))
print(dir(Point))
print(dir(Plain()))
print(dir(object()))
print([n for n in dir(Point3(1, 2, 3)) if not n.startswith('__')])
print(list(vars(Plain)), list(vars(Point)), list(vars(Point3)))
print(vars(Plain))
print(Point.__dict__['__dict__'], Point.__weakref__, p.__weakref__)
class E(Exception): pass
class S(set): pass
class D(dict): pass
class M(type): pass
print(list(vars(E)), list(vars(S)), list(vars(D)), list(vars(M)))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner, '__qualname__' in vars(Outer.Inner))
Outer.Inner.__qualname__ = 'Renamed'
print(Outer.Inner, repr(Outer.Inner()).split(' at ')[0])
for bad in (lambda: setattr(Outer, '__qualname__', 3), lambda: type('T', (), {'__qualname__': 3})):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(type('T', (), {'__qualname__': 'A.T'}))
object.__delattr__(p, 'y')
print(vars(p), p.__getstate__(), Plain().__getstate__(), object.__subclasshook__(Point))
def fn():
    pass
fn.calls = 0
print(fn.__dict__, [n for n in dir(fn) if n in ('__dict__', '__doc__', '__name__')])
print(object.__doc__)
def make():
    class Gone:
        pass
    return Gone.__dict__['__weakref__']
print(make())
