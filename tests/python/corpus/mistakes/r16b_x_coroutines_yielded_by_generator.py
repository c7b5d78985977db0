# Coroutines yielded by a generator and dropped: a warning at the loop's line and one at exit
import asyncio
async def fetch(n):
    return n
def gen():
    yield fetch(1)
    yield fetch(2)
for c in gen():
    print(type(c).__name__)
print("end")
