# A thread talks to the loop: call_soon_threadsafe() completes a future, run_coroutine_threadsafe() waits for a coroutine's result.
import asyncio
import time

async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x

def worker(loop, fut):
    time.sleep(0.1)
    loop.call_soon_threadsafe(fut.set_result, 'from the thread')
    cf = asyncio.run_coroutine_threadsafe(double(21), loop)
    print('thread got', cf.result(timeout=2), cf.done())
    return 'worker done'

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(asyncio.to_thread(worker, loop, fut))
    print(await fut)
    print(await t)

asyncio.run(main())
