# Exceptions with empty and multi-line messages.
try:
    raise ValueError("")
except ValueError as e:
    print(repr(e), repr(str(e)))
try:
    raise KeyError("")
except KeyError as e:
    print(repr(str(e)))
raise RuntimeError("first line\nsecond line\n  indented third")
