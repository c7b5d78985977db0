# Setting __suppress_context__ and __cause__ by hand.
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        outer = ValueError("outer")
        outer.__cause__ = None
        outer.__suppress_context__ = False
        raise outer
except ValueError as e:
    print(type(e.__context__).__name__, e.__suppress_context__)
    e.__suppress_context__ = True
    raise
