# Bound and unbound methods: __self__, __func__, equality vs identity, and methods stored for later
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, punct="!"):
        return f"hello from {self.name}{punct}"


g = Greeter("ann")
m = g.hello
print(m(), m.__self__ is g, m.__func__ is Greeter.hello, m.__name__, m.__qualname__)
print(g.hello == g.hello, g.hello is g.hello, Greeter.hello(g, "?"))
actions = [Greeter("bo").hello, Greeter("cy").hello, str.upper]
print([a() if a is not str.upper else a("x") for a in actions])
g.hello = lambda: "instance attribute wins"
print(g.hello(), Greeter.hello(g), type(m).__name__)
del g.hello
print(g.hello())
print(list(map(Greeter.hello, [Greeter("dee"), Greeter("ed")])))
sm = staticmethod(len)
print(sm("abc"), type(sm).__name__, classmethod(len).__func__ is len)
Greeter.hello()
