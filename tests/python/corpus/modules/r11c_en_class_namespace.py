from enum import Enum, IntFlag

class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))
x = 5
class C(metaclass=Meta):
    a = 1
    b = a + x
    del a
    try:
        del zz
    except NameError as e:
        print("NameError", e)
print(C.b)
class Upper(dict):
    def __missing__(self, k):
        return k.upper()
class M2(type):
    def __prepare__(name, bases):
        return Upper()
class E(metaclass=M2):
    v = hello + "!"
print(E.v)
class A(Enum):
    _ignore_ = 'i'
    X = 1
    for i in range(3):
        pass
    def f(self):
        return 1
print(list(A), A.X.f())
for body in ["X = 1\n    X = 2", "def X(self): pass\n    X = 3", "X = 1\n    def X(self): pass"]:
    try:
        exec(f"class B(Enum):\n    {body}\n")
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
class P(IntFlag):
    R = 4
    W = 2
    RW = R | W
print(P.RW, list(P))
