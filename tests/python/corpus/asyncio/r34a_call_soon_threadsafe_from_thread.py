# A worker thread reports progress back into the loop with call_soon_threadsafe and a Future
import asyncio
import threading


def crunch(loop, fut, progress):
    total = 0
    for i in range(1, 5):
        total += i * i
        loop.call_soon_threadsafe(progress.append, i)
    loop.call_soon_threadsafe(fut.set_result, total)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    progress = []
    th = threading.Thread(target=crunch, args=(loop, fut, progress))
    th.start()
    print("result:", await fut)
    th.join()
    await asyncio.sleep(0)
    print("progress:", progress)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("unexpected", e)
    err = []
    t2 = threading.Thread(target=lambda: err.append(asyncio.current_task.__name__))
    t2.start(); t2.join()
    print(err)


asyncio.run(main())
