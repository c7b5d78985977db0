# Mistake: await inside an f-string in a plain (not async) function.
import asyncio


async def worker():
    await asyncio.sleep(0.01)
    return 42


def report():
    print(f'result: {await worker()}')


report()
