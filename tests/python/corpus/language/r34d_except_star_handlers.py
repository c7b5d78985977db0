# except* handling of a group: each handler sees its own subgroup, the rest propagates
def process():
    raise ExceptionGroup("jobs", [ValueError("v1"), TypeError("t1"), ValueError("v2"), OSError("disk")])

try:
    try:
        process()
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", repr(eg))
except ExceptionGroup as left:
    print("left over:", repr(left))

try:
    raise ValueError("plain")
except* ValueError as eg:
    print("wrapped:", repr(eg), type(eg).__name__)

def again():
    try:
        raise ExceptionGroup("g", [KeyError("k")])
    except* KeyError as eg:
        eg.add_note("while looking up users")
        raise

again()
