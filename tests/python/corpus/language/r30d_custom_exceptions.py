# A hierarchy of custom exceptions with extra attributes, caught by base class
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __str__(self):
        return f"resource {self.args[0]!r} not found"


def check(user):
    if "name" not in user:
        raise ValidationError("name", "is required")
    if user["name"] == "ghost":
        raise NotFound(user["name"])
    return "ok"


for u in [{"name": "ann"}, {}, {"name": "ghost"}]:
    try:
        print(check(u))
    except ValidationError as e:
        print("invalid", e.field, "|", e, "|", repr(e))
    except AppError as e:
        print("app error:", e, e.args, type(e).__mro__[1].__name__)
print(issubclass(NotFound, Exception), ValidationError("x", "y").args)
raise NotFound("/users/42")
