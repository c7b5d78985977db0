# except* catching a plain exception wraps it into a group.
try:
    raise KeyError("id")
except* KeyError as eg:
    print(type(eg).__name__, eg.exceptions)

try:
    raise ValueError("v")
except* TypeError:
    print("not reached")
