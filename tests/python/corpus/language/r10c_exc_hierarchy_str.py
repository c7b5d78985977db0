class AppError(Exception):
    """Base for the app."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"

class NetworkError(AppError):
    def __init__(self, host, code=None):
        self.host = host
        self.code = code

    def __repr__(self):
        return f"NetworkError(host={self.host!r})"

errors = [ValidationError("email", "is empty"), NetworkError("example.org", 503), AppError(), AppError("a", 1)]
for err in errors:
    try:
        raise err
    except ValidationError as e:
        print("validation", e, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
print([c.__name__ for c in ValidationError.__mro__])
print(isinstance(NetworkError("h"), Exception), issubclass(AppError, BaseException))
print(str(KeyError("k")), str(KeyError("k", 2)), repr(KeyError()), str(IndexError()))
raise NetworkError("down.example", 500)
