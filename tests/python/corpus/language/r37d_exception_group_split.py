# Splitting and filtering an ExceptionGroup by type and by predicate, and derive for a subclass.
class ValidationErrors(ExceptionGroup):
    def derive(self, excs):
        return ValidationErrors(self.message, excs)

errors = ValidationErrors("form invalid", [
    ValueError("age must be positive"),
    TypeError("name must be str"),
    ExceptionGroup("address", [ValueError("zip too short"), KeyError("city")]),
])
match, rest = errors.split(ValueError)
print(type(match).__name__, match, match.exceptions)
print(type(rest).__name__, rest, [repr(e) for e in rest.exceptions])
print(errors.subgroup(lambda e: isinstance(e, KeyError)))
print(errors.subgroup(OSError))
only_msgs = errors.subgroup(lambda e: "zip" in str(e))
print(repr(only_msgs))
print(len(errors.exceptions), errors.message, str(errors))
try:
    raise errors
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* (TypeError, KeyError) as eg:
    print("others:", repr(eg))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)
raise ExceptionGroup("final", [ZeroDivisionError("a"), ExceptionGroup("inner", [IndexError(3)])])
