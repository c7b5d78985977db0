# run_coroutine_threadsafe from a worker thread: the concurrent Future gives the coroutine's result
import asyncio

async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

def blocking(loop):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print('future type', type(fut).__module__, type(fut).__name__)
    return fut.result(timeout=2)

async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.to_thread(blocking, loop)
    print('result from thread', r)
    try:
        asyncio.run_coroutine_threadsafe(add, loop)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
