# ExceptionGroup with except*, add_note, and an uncaught group with notes
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name missing"))
    if not isinstance(record.get("age"), int):
        e = TypeError("age must be int")
        e.add_note(f"got {record.get('age')!r}")
        errors.append(e)
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} invalid", errors)


try:
    validate({"id": 1, "age": "ten"})
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [(str(e), e.__notes__) for e in eg.exceptions])
eg = ExceptionGroup("many", [KeyError("k"), ValueError("v"), KeyError("j")])
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, ValueError)).exceptions)
validate({"id": 2, "name": "", "age": None})
