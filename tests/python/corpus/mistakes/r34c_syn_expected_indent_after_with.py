# A with block whose body I forgot to indent
import contextlib

with contextlib.suppress(KeyError):
print({}["x"])
print("after")
