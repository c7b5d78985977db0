# Forgetting parentheses: methods used as values are always truthy.
name = "ada"
if name.isupper:
    print("looks upper?!")
items = [3, 1, 2]
result = items.sort
print(items, type(result).__name__)
for thing in [len, name.upper, str.upper, dict.fromkeys, int.__add__, (1).__add__,
              object.__init__, type(items).append, print, items.__len__, str.maketrans]:
    print(type(thing).__name__, getattr(thing, "__qualname__", "?"), callable(thing))
print(len == len, name.upper == name.upper, name.upper is name.upper)
