# loop.run_in_executor(None, f, *args): futures of the default executor, three threads at once, no Task made.
import asyncio
import threading
import time

def work(n, delay):
    time.sleep(delay)
    return n * n, threading.current_thread().name

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    fut = loop.run_in_executor(None, work, 2, 0.3)
    print(type(fut).__name__, asyncio.isfuture(fut), fut.done())
    futs = [loop.run_in_executor(None, work, n, 0.5 - n / 10) for n in range(3, 6)]
    print(await fut, loop.time() - t0 < 0.45)
    print(await asyncio.gather(*futs), loop.time() - t0 < 0.65)
    print((await loop.run_in_executor(None, work, 6, 0))[0])
    print(len(asyncio.all_tasks()), asyncio.create_task(asyncio.sleep(0)).get_name())

asyncio.run(main())
