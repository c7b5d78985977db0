# Hiding the internal KeyError behind a clearer message with `from None`.
class Registry:
    def __init__(self):
        self._items = {"a": 1}

    def get(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise LookupError(f"no item named {name!r}; known: {sorted(self._items)}") from None

r = Registry()
print(r.get("a"))
try:
    r.get("b")
except LookupError as e:
    print("caught:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
    print("context kept:", type(e.__context__).__name__)
r.get("zz")
