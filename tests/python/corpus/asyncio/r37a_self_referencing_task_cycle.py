# An object keeps its own failing task in an attribute; after del, the lost exception waits for the gc
import asyncio
import gc


class Worker:
    def __init__(self, name):
        self.name = name
        self.task = asyncio.create_task(self.run())

    async def run(self):
        await asyncio.sleep(0)
        raise RuntimeError(f"{self.name} crashed")


async def main():
    gc.disable()
    w = Worker("alpha")
    await asyncio.sleep(0.01)
    print("task done:", w.task.done())
    del w
    print("deleted the worker")
    await asyncio.sleep(0)
    print("collecting...")
    gc.collect()
    print("collected")


asyncio.run(main())
