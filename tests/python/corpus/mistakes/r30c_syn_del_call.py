# Trying to del the result of a function call.
cache = {"a": 1}
def entry():
    return cache["a"]
del entry()
print(cache)
