# Three errors chained: implicit, then explicit with from.
class StoreError(Exception):
    pass

def read(store, key):
    try:
        return store[key]
    except KeyError:
        try:
            return int(key)
        except ValueError as e:
            raise StoreError(f"cannot read {key!r}") from e

print(read({"a": 1}, "a"))
print(read({"a": 1}, "7"))
read({"a": 1}, "b")
