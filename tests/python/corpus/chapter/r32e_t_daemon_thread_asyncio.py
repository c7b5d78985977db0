# run_coroutine_threadsafe from a thread into the running loop
import asyncio
import threading

async def worker(n):
    await asyncio.sleep(0.01)
    return n + 100

def from_thread(loop, out):
    fut = asyncio.run_coroutine_threadsafe(worker(5), loop)
    out.append(fut.result(timeout=2))

async def do_something():
    loop = asyncio.get_running_loop()
    out = []
    th = threading.Thread(target=from_thread, args=(loop, out))
    th.start()
    await asyncio.to_thread(th.join)
    print('thread got', out)

asyncio.run(do_something())
