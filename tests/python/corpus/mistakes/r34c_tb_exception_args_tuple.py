# Raising exceptions with several arguments and printing them
try:
    raise ValueError("bad input", 42)
except ValueError as e:
    print("caught:", e)
    print("args:", e.args)

raise KeyError("user", "id")
