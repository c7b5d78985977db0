# A worker thread reports back with call_soon_threadsafe setting a future's result
import asyncio
import time

def worker(loop, fut, n):
    time.sleep(0.1)
    loop.call_soon_threadsafe(fut.set_result, n * n)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    thread_job = asyncio.to_thread(worker, loop, fut, 12)
    await thread_job
    print("future result:", await fut)

asyncio.run(main())
