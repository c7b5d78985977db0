def check(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("inputs must be >= 0")
        raise e
    return x

try:
    check(-1)
except ValueError as e:
    print(e, e.__notes__)

errors = []
for v in [1, -2, 3, -4]:
    try:
        check(v)
    except ValueError as e:
        errors.append(e)
eg = ExceptionGroup("bad inputs", errors)
print(repr(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("caught", [str(x) for x in g.exceptions])
check(-5)
