# exception class defined with __module__ and qualified names in traceback
class Outer:
    class InnerError(ValueError):
        pass

class MyErr(Exception):
    pass
MyErr.__module__ = "mylib.errors"

try:
    raise Outer.InnerError("inner")
except ValueError as e:
    print(type(e).__qualname__)
raise MyErr("from lib")
