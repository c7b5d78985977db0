# run_in_executor with the default executor for blocking functions
import asyncio
import time
import functools

def blocking(n, scale=1):
    time.sleep(0.01)
    return sum(range(n)) * scale

async def main():
    loop = asyncio.get_running_loop()
    a = loop.run_in_executor(None, blocking, 10)
    b = loop.run_in_executor(None, functools.partial(blocking, 5, scale=3))
    print(type(a).__name__)
    print(await asyncio.gather(a, b))
    print(await asyncio.to_thread(blocking, 4, scale=-1))

asyncio.run(main())
