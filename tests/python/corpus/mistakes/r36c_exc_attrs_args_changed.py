# changing the message of an error before re-raising it
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        e.args = (f"config key {key!r} is missing",)
        raise

print(load("a"))
try:
    load("b")
except KeyError as e:
    print(repr(e), str(e))
    e.args = ()
    print(repr(e), repr(str(e)))
load("c")
