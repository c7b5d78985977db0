# Mistake: running one coroutine object twice: a coroutine can only be awaited once.
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

coro = worker()
print('first run:', asyncio.run(coro))
print('second run:', asyncio.run(coro))
