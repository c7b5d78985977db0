# __suppress_context__ set by hand, then the context printed again by setting a cause.
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        err = RuntimeError("conversion failed")
        err.__suppress_context__ = True
        raise err

try:
    convert("x")
except RuntimeError as e:
    print("context kept:", type(e.__context__).__name__, e.__suppress_context__)
    e.__suppress_context__ = False
    raise
