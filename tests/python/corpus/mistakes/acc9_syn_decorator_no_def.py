# A decorator with nothing after it.
import functools

@functools.lru_cache
print("decorated")
