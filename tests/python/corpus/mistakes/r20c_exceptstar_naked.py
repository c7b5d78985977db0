# except* with a naked exception: matched gets wrapped, unmatched is re-raised
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg))
try:
    raise KeyError("k")
except* TypeError:
    print("no")
