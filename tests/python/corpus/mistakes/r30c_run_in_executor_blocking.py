# Offloading time.sleep to an executor but forgetting to await it.
import asyncio
import time

def blocking(n):
    time.sleep(0.01)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 4)
    print("got a", type(fut).__name__)
    print(await fut)
    print(loop.run_in_executor(None, blocking, 5) + 1)

asyncio.run(main())
