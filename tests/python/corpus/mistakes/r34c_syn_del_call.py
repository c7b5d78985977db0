# Deleting an entry by deleting the result of dict.get()
cache = {"a": 1, "b": 2}
del cache.get("a")
print(cache)
print("ok")
