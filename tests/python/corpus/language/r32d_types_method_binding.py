# Binding functions to objects by hand with types.MethodType, and other helpers from the types module
import types


class Robot:
    def __init__(self, name):
        self.name = name


def greet(self, other="human"):
    return f"{self.name} greets {other}"


r = Robot("R2")
r.greet = types.MethodType(greet, r)
print(r.greet(), r.greet("C3PO"), type(r.greet).__name__, r.greet.__self__ is r, r.greet.__func__ is greet)
Robot.wave = lambda self: f"{self.name} waves"
print(r.wave(), Robot("BB8").wave(), hasattr(Robot("x"), "greet"))
bound = greet.__get__(Robot("K2"))
print(bound(), isinstance(greet, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
gen = (i for i in range(2))
print(isinstance(gen, types.GeneratorType), type(print).__name__, types.NoneType, types.EllipsisType)
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns))
Dyn = types.new_class("Dyn", (Robot,), {}, lambda ns: ns.update(kind="dynamic"))
print(Dyn("d").kind, Dyn.__mro__[1].__name__)
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"])
mp["k"] = 2
