# run_coroutine_threadsafe from a worker thread (via to_thread) back into the loop
import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

def from_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(add(20, 22), loop)
    return fut.result(timeout=2)

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(from_thread, loop))
    loop.call_soon_threadsafe(print, "called threadsafe")
    await asyncio.sleep(0)

asyncio.run(main())
