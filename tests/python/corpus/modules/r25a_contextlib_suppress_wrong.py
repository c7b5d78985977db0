from contextlib import suppress

data = {"a": 1}
with suppress(KeyError):
    print(data["b"])
print("keys fine")
with suppress(KeyError):
    print(data["a"] + "1")
print("unreachable")
