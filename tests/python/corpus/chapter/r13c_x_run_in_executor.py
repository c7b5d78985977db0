import asyncio
import time

def blocking(n):
    time.sleep(0.05)
    return n * 2

async def do_something():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, n) for n in range(3)))
    print(results)

asyncio.run(do_something())
