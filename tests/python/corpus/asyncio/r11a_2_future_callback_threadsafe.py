import asyncio
import threading


def worker(loop, fut, value):
    loop.call_soon_threadsafe(fut.set_result, value * 2)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, fut, 21), name="helper")
    t.start()
    print("result from thread:", await fut)
    t.join()
    print("thread alive:", t.is_alive())


asyncio.run(main())
