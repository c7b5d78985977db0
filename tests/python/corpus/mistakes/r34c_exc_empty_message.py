# Raising errors with an empty message and with only whitespace
def check(value):
    if value is None:
        raise ValueError("")
    if value == "":
        raise ValueError("   ")
    return value

for v in ("ok", "", None):
    try:
        print(check(v))
    except ValueError as e:
        print(f"caught {e!r}")
check(None)
