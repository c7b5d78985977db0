# Popping from an empty list in a worker loop that runs one time too many.
import asyncio

async def consumer(jobs):
    for _ in range(4):
        job = jobs.pop(0)
        await asyncio.sleep(0.01)
        print("did", job)

asyncio.run(consumer(["a", "b", "c"]))
