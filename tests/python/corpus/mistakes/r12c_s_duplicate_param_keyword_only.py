# A coroutine whose keyword-only parameter repeats a positional one.
import asyncio

async def worker(name, delay=0.01, *, name=None):
    await asyncio.sleep(delay)
    return name

print(asyncio.run(worker("A")))
