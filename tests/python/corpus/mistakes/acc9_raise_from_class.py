# raise ... from an exception class.
def load(name):
    if not name:
        raise ValueError("empty name") from KeyError
    return name

load("")
