class NotFound(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"no such key: {self.key!r}"

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key) from None

try:
    lookup({}, "x")
except NotFound as e:
    print(e, repr(e), e.args, e.__context__ is not None, e.__suppress_context__, e.__cause__)
lookup({"a": 1}, ("tuple", "key"))
