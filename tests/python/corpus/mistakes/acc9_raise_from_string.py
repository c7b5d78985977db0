# raise ... from a string.
def load(name):
    try:
        return {}[name]
    except KeyError:
        raise LookupError(name) from "missing"

load("x")
