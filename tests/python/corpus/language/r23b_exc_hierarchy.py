class AppError(Exception):
    """Base for app errors."""

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r} is {self.reason}"

class NetworkError(AppError):
    pass

class TimeoutError_(NetworkError):
    pass

def load(kind):
    if kind == "cfg":
        raise ConfigError("db.url")
    if kind == "net":
        raise TimeoutError_("took too long", 30)
    if kind == "app":
        raise AppError()
    return "ok"

for kind in ["cfg", "net", "app", "fine"]:
    try:
        print(load(kind))
    except NetworkError as e:
        print("network:", type(e).__name__, e, e.args)
    except AppError as e:
        print("app:", type(e).__name__, repr(e), str(e) or "<empty>", e.args)

print([c.__name__ for c in TimeoutError_.__mro__])
print(AppError.__doc__, ConfigError.__doc__)
e = ConfigError("x", "bad")
print(repr(e), e.args, e.key)
print(issubclass(ConfigError, Exception), issubclass(AppError, BaseException))
raise ConfigError("api.token", "empty")
