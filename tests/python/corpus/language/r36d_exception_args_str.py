# What str() and repr() of built-in exceptions look like, plus OSError's subclass mapping.
import errno

for exc in [Exception(), Exception("one"), Exception("a", 2), KeyError("k"), KeyError(),
            KeyError("a", "b"), IndexError(3), ValueError(None), StopIteration(42), SystemExit(3)]:
    print(f"{type(exc).__name__:13} str={str(exc)!r:14} repr={exc!r} args={exc.args}")
e = OSError(errno.ENOENT, "No such file", "data.csv")
print(type(e).__name__, e, e.errno, e.filename, isinstance(e, FileNotFoundError))
print(type(OSError(errno.EACCES, "denied")).__name__, type(OSError("plain")).__name__, OSError("plain").errno)
print(type(OSError(errno.EEXIST, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u, u.start, u.end, u.reason, u.object)
print(StopIteration(42).value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt.__mro__[1].__name__)
class MyErr(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.detail = detail
    def __str__(self):
        return f"[{self.args[0]}] {self.detail}"
m = MyErr(404, "missing")
print(m, repr(m), m.args)
class NoInit(Exception):
    pass
print(repr(NoInit(1, "x")), str(NoInit()), NoInit("x") == NoInit("x"))
try:
    raise MyErr
except TypeError as t:
    print("TypeError:", t)
print(AttributeError("msg", name="x", obj=None).name, NameError("m", name="y").name)
raise MyErr(500, "server")
