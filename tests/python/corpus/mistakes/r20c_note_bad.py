# notes that are not strings or __notes__ replaced by a non-list
e = ValueError("has odd notes")
e.add_note("fine note")
e.__notes__.append(42)
e.__notes__.append("after int")
try:
    raise e
except ValueError as err:
    print(err.__notes__)
f = KeyError("k")
f.__notes__ = "not a list"
try:
    raise f
except KeyError:
    pass
raise e
