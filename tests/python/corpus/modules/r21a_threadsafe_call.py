# call_soon_threadsafe from a worker thread sets a future result
import asyncio, threading, time
def worker(loop, fut):
    time.sleep(0.2)
    loop.call_soon_threadsafe(fut.set_result, "hello from thread")
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, fut))
    t.start()
    print("awaiting future")
    print(await fut)
    t.join()
asyncio.run(main())
