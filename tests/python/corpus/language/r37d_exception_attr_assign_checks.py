# Setting exception attributes by hand: __cause__, __context__, __traceback__ and args, with their checks.
e = ValueError("base")
for attr, value in [("__cause__", 5), ("__context__", "text"), ("__traceback__", 1), ("args", 7)]:
    try:
        setattr(e, attr, value)
        print(attr, "accepted ->", repr(getattr(e, attr)))
    except TypeError as err:
        print(attr, "TypeError:", err)
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__)
e.args = ("x", 1)
print(str(e), repr(e))
e.__notes__ = "not a list"
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__.tb_lineno)
