# A hand-raised AttributeError from __getattr__ gets no suggestion, a real one does.
class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

r = Record(name="Ann", email="a@x")
print(r.name)
print(r.emial)
