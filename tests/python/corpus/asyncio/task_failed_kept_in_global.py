# A failed task kept in a module-level list is logged when the module is torn down at exit, without ~~~^^^ anchors.
import asyncio

background = []

async def worker(x):
    await asyncio.sleep(0.01)
    return 10 / x

async def main():
    background.append(asyncio.create_task(worker(0)))
    await asyncio.sleep(0.1)
    print("main done; the task is done:", background[0].done())

asyncio.run(main())
print("after asyncio.run")
