# hiding the KeyError by setting __suppress_context__ like raise from None does
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        err = LookupError(f"no setting {k!r}")
        err.__suppress_context__ = True
        raise err

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
