# Async context manager: __aexit__ sees the exception and decides whether to swallow it
import asyncio

class Resource:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None, ev)
        return self.swallow

async def main():
    async with Resource("A", swallow=True) as r:
        raise KeyError("inside A")
    print("A swallowed")
    async with Resource("B", swallow=False), Resource("C", swallow=False):
        print("in B and C")
        raise IndexError("inside C")

asyncio.run(main())
