# nested TaskGroups failing; printed the repr of the exception group I caught
import asyncio

async def worker(n):
    if n in (1, 4):
        raise ValueError(n)
    await asyncio.sleep(0.05)
    return n

async def batch(ns):
    async with asyncio.TaskGroup() as tg:
        for n in ns:
            tg.create_task(worker(n))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(batch([0, 1]))
            tg.create_task(batch([3, 4]))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.derive([ValueError('x')]))
        flat = eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 2)
        print('over 2:', repr(flat))

asyncio.run(main())
