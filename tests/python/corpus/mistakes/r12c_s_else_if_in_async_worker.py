# else if in a coroutine, where Python wants elif.
import asyncio

async def worker(delay):
    if delay < 0:
        raise ValueError("negative")
    else if delay == 0:
        return "instant"
    await asyncio.sleep(delay)
    return "slept"

print(asyncio.run(worker(0.01)))
