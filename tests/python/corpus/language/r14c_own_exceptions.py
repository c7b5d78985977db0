# Exceptions of one's own: a hierarchy, extra attributes, raise from, and catching the base class.
class AppError(Exception):
    """Base class for this app's errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError):
    pass

users = {"ana": 31, "ben": 17}

def check_age(name):
    if name not in users:
        raise NotFound(name)
    age = users[name]
    if age < 18:
        raise ValidationError("age", f"{name} is only {age}")
    return age

for name in ["ana", "ben", "zed"]:
    try:
        print(name, check_age(name))
    except ValidationError as e:
        print("invalid:", e, "| field =", e.field)
    except AppError as e:
        print(type(e).__name__, e, e.args)

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValidationError("number", "not an integer") from e
try:
    parse("12a")
except AppError as e:
    print(repr(e), "cause:", repr(e.__cause__))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__doc__)
raise NotFound("the end")
