# pasted the program and the output block under it
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    return 42

asyncio.run(worker())

Main - Starting
do_something - will wait for worker
