# types module helpers: MethodType to bind a function to one instance, new_class, SimpleNamespace equality.
import types

class Robot:
    def __init__(self, name):
        self.name = name

def speak(self, words):
    return f"{self.name} says {words}"

r1, r2 = Robot("R1"), Robot("R2")
r1.speak = types.MethodType(speak, r1)
print(r1.speak("hi"), hasattr(r2, "speak"), type(r1.speak).__name__, r1.speak.__self__ is r1)
Robot.speak = speak
print(r2.speak("hello"), r1.speak.__func__ is speak)
Dyn = types.new_class("Dyn", (Robot,), {}, lambda ns: ns.update(kind="dynamic", greet=lambda self: "hi " + self.name))
d = Dyn("D")
print(Dyn.__name__, Dyn.__mro__[1].__name__, d.kind, d.greet())
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns))
del ns.a
print(ns, sorted(vars(ns)))
def gen(): yield
async def co(): pass
print(isinstance(gen(), types.GeneratorType), isinstance(speak, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
c = co()
print(isinstance(c, types.CoroutineType), type(types.SimpleNamespace).__name__, types.NoneType, types.EllipsisType)
c.close()
mp = types.MappingProxyType({"k": 1})
print(mp["k"], dict(mp), types.ModuleType("fake").__name__, type(types))
mp["k"] = 2
