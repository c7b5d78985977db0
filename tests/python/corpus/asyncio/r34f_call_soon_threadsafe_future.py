# A worker thread hands its result back to the event loop with call_soon_threadsafe.
import asyncio
import threading
import time

def thread_work(loop, fut, n):
    time.sleep(0.05)
    total = sum(range(n))
    loop.call_soon_threadsafe(fut.set_result, total)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=thread_work, args=(loop, fut, 1000))
    t.start()
    print("waiting for the thread...", fut.done())
    result = await fut
    t.join()
    print("result:", result)
    print("thread alive:", t.is_alive())

asyncio.run(main())
