# Mistake: a class calls asyncio.run in __init__, and the object is made inside a coroutine.
import asyncio

async def load(name):
    await asyncio.sleep(0.01)
    return {"name": name, "size": 3}

class Dataset:
    def __init__(self, name):
        self.meta = asyncio.run(load(name))

print(Dataset("first").meta)

async def main():
    d = Dataset("second")
    print(d.meta)

asyncio.run(main())
