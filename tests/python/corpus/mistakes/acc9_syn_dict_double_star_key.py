# A ** mapping used as a dict key.
import asyncio

base = {"a": 1}
d = {**base: 2}
print(d)
