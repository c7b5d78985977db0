# Exceptions of one's own with attributes, hierarchy and finally.
class AppError(Exception):
    pass

class InputError(AppError):
    def __init__(self, value, reason):
        super().__init__(f"{value!r}: {reason}")
        self.value = value
        self.reason = reason

def check(v):
    if not isinstance(v, int):
        raise InputError(v, "not an int")
    if v < 0:
        raise InputError(v, "negative")
    return v

for v in [3, -1, "x", 2.5]:
    try:
        print("ok", check(v))
    except InputError as e:
        print("InputError", e, e.value, e.reason, e.args)
    except AppError:
        print("never")
    else:
        print("no error for", v)
    finally:
        print("checked", v)
e = InputError(1, "why")
print(repr(e), str(e), isinstance(e, Exception), InputError.__mro__[1:3])
raise InputError(0, "final")
