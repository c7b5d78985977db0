# run_coroutine_threadsafe from a worker thread: the thread waits on a concurrent future
import asyncio

async def add(a, b):
    await asyncio.sleep(0.05)
    return a + b

def thread_body(loop):
    fut = asyncio.run_coroutine_threadsafe(add(20, 22), loop)
    return fut.result(timeout=5)

async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.to_thread(thread_body, loop)
    print("thread got", result)

asyncio.run(main())
