# pasted the output block below the program by mistake
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))

Main - Starting
do_something - will wait for worker
