class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"

class NotFound(AppError, LookupError):
    pass

def check(user):
    if "name" not in user:
        raise NotFound("name")
    if not user["name"]:
        raise ValidationError("name", "must not be empty")
    return "ok"

for u in [{"name": "x"}, {"name": ""}, {}]:
    try:
        print(check(u))
    except ValidationError as e:
        print("validation:", e, e.args, repr(e))
    except LookupError as e:
        print("lookup:", type(e).__name__, e, isinstance(e, AppError))
print([c.__name__ for c in NotFound.__mro__])
print(AppError.__doc__, ValidationError.__doc__)
e = ValidationError("age", "too young")
print(str(e), repr(e), e.args)
raise ValidationError("email", "bad format")
