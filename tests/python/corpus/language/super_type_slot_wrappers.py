# super is a type, built-ins have object's attributes, and slot wrappers look as CPython's
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
s = super(B, B())
print(B().f(), type(s), isinstance(s, super), super)
try:
    super(B, 3)
except TypeError as e:
    print(e)
print(len.__class__, len.__eq__(len), len.__hash__() == hash(len))
try:
    len.foo
except AttributeError as e:
    print(e)
def g(x): return x + 1
class C:
    def __call__(self, x): return x * 2
print(g.__call__(1), C().__call__(4), C.__call__(C(), 5), print.__call__('hi'))
print(list.__init__, list.append, list.__getitem__, dict.__contains__, tuple.__getitem__)
print(int.__add__, str.__len__, list.__reversed__, int.__round__, object.__eq__, str.__mod__)
for f, a in [(list.__init__, 'x'), (list.append, 'x'), (str.__len__, 3), (int.__add__, 'a'), (object.__eq__, 1)]:
    try:
        f(a, 1)
    except TypeError as e:
        print(e)
