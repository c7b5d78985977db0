# Submitting a coroutine from a worker thread with run_coroutine_threadsafe
import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

def thread_body(loop, out):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(fut.result(timeout=2))

async def main():
    loop = asyncio.get_running_loop()
    out = []
    th = threading.Thread(target=thread_body, args=(loop, out))
    th.start()
    await asyncio.to_thread(th.join)
    print("thread got:", out)

asyncio.run(main())
