# Mistake: a default argument is evaluated when the def runs, and its int() fails.
import asyncio

DEFAULT_DELAY = "two"

async def worker(name, delay=int(DEFAULT_DELAY)):
    await asyncio.sleep(delay)
    print(name, "done")

asyncio.run(worker("A", 0))
