# A custom exception hierarchy with extra fields, __str__, __reduce__-free pickling-style args
class AppError(Exception):
    code = 1

class ValidationError(AppError):
    code = 2
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

class NotFound(AppError, LookupError):
    code = 3

errors = [ValidationError("email", "missing @"), NotFound("user 42"), AppError(), AppError("a", "b")]
for e in errors:
    print(f"{type(e).__name__:16} code={e.code} str={str(e)!r} args={e.args} repr={e!r}")
print(isinstance(errors[1], LookupError), [c.__name__ for c in NotFound.__mro__])
try:
    {}["x"]
except LookupError as e:
    print("caught", type(e).__name__, e)
try:
    raise NotFound("order 7")
except KeyError:
    print("not here")
except LookupError as e:
    print("LookupError branch:", e)
e = ValidationError("age", "negative")
e.add_note("from the signup form")
raise e
