# An async context manager class that times a block and reports errors without hiding them.
import asyncio
import time

class Timer:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        self.start = time.perf_counter()
        print(f"[{self.label}] enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        took = time.perf_counter() - self.start
        status = "ok" if exc_type is None else f"failed with {exc_type.__name__}: {exc}"
        print(f"[{self.label}] exit, {status}, over 150ms: {took > 0.15}")
        return False

async def main():
    async with Timer("fast") as t:
        await asyncio.sleep(0.01)
    print("label:", t.label)
    async with Timer("slow"):
        await asyncio.sleep(0.3)
    async with Timer("broken"):
        await asyncio.sleep(0.01)
        {}["missing"]

asyncio.run(main())
