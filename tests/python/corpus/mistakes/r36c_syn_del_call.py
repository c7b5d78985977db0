# clearing a cache entry with del, but on the get() call
cache = {"a": 1, "b": 2}

def drop(key):
    del cache.get(key)

drop("a")
print(cache)
