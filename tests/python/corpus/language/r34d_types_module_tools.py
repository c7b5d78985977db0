# The types module: SimpleNamespace, MappingProxyType, new_class, MethodType and type checks
import types

ns = types.SimpleNamespace(host="localhost", port=8080)
ns.debug = True
print(ns, ns == types.SimpleNamespace(host="localhost", port=8080, debug=True), vars(ns))
ro = types.MappingProxyType({"a": 1})
print(ro["a"], ro.get("b"), dict(ro), type(ro).__name__)
try:
    ro["a"] = 2
except TypeError as e:
    print("TypeError:", e)

Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update(x=1, hello=lambda self: "hi"))
print(Dyn.__name__, Dyn().x, Dyn().hello())

class Robot:
    pass
r = Robot()
r.speak = types.MethodType(lambda self, w: f"{type(self).__name__} says {w}", r)
print(r.speak("beep"))
def gen():
    yield
async def co():
    pass
c = co()
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType),
      isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType),
      isinstance(r.speak, types.MethodType), types.NoneType, types.ModuleType)
c.close()
m = types.ModuleType("plugin", "A fake module.")
m.value = 3
print(m.__name__, m.__doc__, m.value)
