# run_coroutine_threadsafe: cancel from the thread cancels the task in the loop
import asyncio
import concurrent.futures

async def long_job():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("long_job cancelled in the loop")
        raise

def thread_body(loop):
    fut = asyncio.run_coroutine_threadsafe(long_job(), loop)
    try:
        fut.result(timeout=0.2)
    except concurrent.futures.TimeoutError:
        print("thread: result timed out; cancel ->", fut.cancel())
    try:
        fut.result()
    except concurrent.futures.CancelledError:
        print("thread: future cancelled", fut.cancelled())
    order = []
    for i in range(3):
        loop.call_soon_threadsafe(order.append, i)
    return order

async def main():
    loop = asyncio.get_running_loop()
    order = await asyncio.to_thread(thread_body, loop)
    await asyncio.sleep(0.1)
    print("callbacks ran in order:", order)

asyncio.run(main())
