def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        try:
            if not isinstance(row, dict):
                raise TypeError(f"row {i} is {type(row).__name__}")
            if "id" not in row:
                raise KeyError(f"row {i} has no id")
        except Exception as e:
            e.add_note(f"while validating row {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    validate([{"id": 1}, [], {}])
except* TypeError as g:
    print("type errors:", [str(e) for e in g.exceptions])
except* KeyError as g:
    print("key errors:", [str(e) for e in g.exceptions])

inner = ExceptionGroup("inner", [ValueError("v1"), ZeroDivisionError("z")])
outer = ExceptionGroup("outer", [inner, KeyError("k")])
print(outer.exceptions[0].exceptions[1], len(outer.exceptions))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
validate([None, {"x": 1}])
