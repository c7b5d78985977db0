# Raising a new error of the same kind inside except: both are shown.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise KeyError(f"{k!r} not configured")

lookup({"a": 1}, "b")
