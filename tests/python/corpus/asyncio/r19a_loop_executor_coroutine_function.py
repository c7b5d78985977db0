# a coroutine function given to run_in_executor / to_thread: the thread only creates the coroutine
import asyncio

async def c(n):
    return n

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, c, 1)
    print(type(r).__name__, asyncio.iscoroutine(r))
    del r
    print("after del")
    r2 = await asyncio.to_thread(c, 2)
    print("awaiting it in the loop:", await r2)
    loop.run_in_executor(None, c, 3)
    await asyncio.sleep(0.1)
    print("end of main")

asyncio.run(main())
print("after run")
