# Special methods are looked up on the type, not the instance; plus __init_subclass__ kwargs.
class Box:
    def __len__(self):
        return 3

b = Box()
b.__len__ = lambda: 99
print(len(b), b.__len__())

class Plain:
    pass

p = Plain()
p.__repr__ = lambda: "instance repr"
p.__str__ = lambda: "instance str"
print(repr(p).startswith("<__main__.Plain object"), str(p) != "instance str", p.__repr__())
Plain.__repr__ = lambda self: "class repr"
print(repr(p), str(p), f"{p}")
p.__call__ = lambda: "called"
try:
    p()
except TypeError as e:
    print("TypeError:", e)

class Plugin:
    kinds = {}
    def __init_subclass__(cls, /, kind, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.kind, cls.priority = kind, priority
        Plugin.kinds[kind] = cls

class A(Plugin, kind="a"):
    pass
class B(Plugin, kind="b", priority=5):
    pass
print({k: (v.__name__, v.priority) for k, v in Plugin.kinds.items()})
try:
    class C(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(Plugin, kind="d", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __index__(self):
        return 2
print([10, 20, 30][Num()], bin(Num()), "abc"[Num():], range(Num()))
