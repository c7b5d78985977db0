# custom __format__, __str__, __repr__ and subclasses of builtins in formatting
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
    def __repr__(self): return f"Money({self.v!r})"
    def __str__(self): return f"${self.v:.2f}"
m = Money(3.5)
print(f"{m}", f"{m:>10.1f}", f"{m!r}", f"{m!s:>8}", "{:08.3f}".format(m), format(m), str(m), "%s %r" % (m, m))
class Celsius(float):
    def __repr__(self): return f"{float(self)}°C"
c = Celsius(21.5)
print(c, repr(c), f"{c}", f"{c:.0f}", c + 1, type(c + 1).__name__, [c])
class Upper(str):
    pass
u = Upper("abc")
print(u, repr(u), u.upper(), type(u.upper()).__name__, type(u + "x").__name__, type(u[0]).__name__, f"{u:>5}")
class MyInt(int):
    def __str__(self): return "MyInt!"
i = MyInt(7)
print(i, repr(i), f"{i}", f"{i:d}", "%d %s" % (i, i), "{}".format(i), i + 1, str(i), format(i, ''))
class B:
    pass
try:
    print(f"{B():>5}")
except TypeError as e:
    print(e)
print(format(True, '^7'), format(True, ''), f"{True!s:^7}", format(1.0, ''), f"{-0.0}")
class Weird:
    def __format__(self, spec): return 42
try:
    f"{Weird()}"
except TypeError as e:
    print(e)
class R:
    def __repr__(self): return "R<é>"
print(ascii(R()), f"{R()!a}", [R()], str(R()))
