# Raising a nested ExceptionGroup by hand.
def validate(records):
    errors = []
    for i, r in enumerate(records):
        if not r.get("name"):
            errors.append(ValueError(f"record {i}: no name"))
        if not isinstance(r.get("age"), int):
            errors.append(TypeError(f"record {i}: age not int"))
    if errors:
        raise ExceptionGroup("validation failed", [ExceptionGroup("batch 1", errors[:2]), *errors[2:]])

validate([{"name": "a", "age": 1}, {"name": "", "age": "x"}, {"age": None}])
