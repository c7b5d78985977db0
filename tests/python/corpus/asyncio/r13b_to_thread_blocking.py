import asyncio
import time

def blocking_io(n):
    time.sleep(0.02)
    return n * 10

async def main():
    results = await asyncio.gather(*(asyncio.to_thread(blocking_io, i) for i in range(3)))
    print(results)
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_io, 7)
    print(r)

asyncio.run(main())
