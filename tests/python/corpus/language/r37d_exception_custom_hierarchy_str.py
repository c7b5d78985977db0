# A custom exception hierarchy with extra fields, __str__ vs args, pickling-style reduce and repr.
class AppError(Exception):
    """Base for app errors."""

class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        super().__init__(status, reason)
        self.status, self.reason = status, reason
    def __str__(self):
        return f"HTTP {self.status}: {self.reason}"

class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")
        self.path = path

class Quiet(AppError):
    def __str__(self):
        return ""

errs = [AppError(), AppError("plain"), AppError("a", 2), HttpError(500), NotFound("/x"), Quiet("hidden")]
for e in errs:
    print(f"{type(e).__name__:9}|{e!s}|{e!r}|{e.args}")
print(NotFound.__mro__[1:4], NotFound.__doc__, AppError.__doc__)
print(issubclass(NotFound, AppError), isinstance(NotFound("/"), HttpError))
e = NotFound("/y")
print(e.__reduce__()[0].__name__, e.__reduce__()[1], e.__dict__)
try:
    raise NotFound("/missing")
except AppError as err:
    print("caught", type(err).__name__, err.status)
try:
    raise Quiet("shh")
except AppError as err:
    print(repr(str(err)))
raise NotFound("/final")
