# A chain of three: an implicit context and an explicit cause.
def read(path):
    raise FileNotFoundError(2, "No such file or directory", path)

def load(path):
    try:
        return read(path)
    except FileNotFoundError:
        return {}["defaults"]

def start():
    try:
        load("app.cfg")
    except KeyError as e:
        raise RuntimeError("cannot start") from e

start()
