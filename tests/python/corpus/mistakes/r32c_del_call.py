# Trying to delete the result of a function call.
cache = {"a": 1, "b": 2}

def entry(key):
    return cache[key]

del entry("a")
print(cache)
