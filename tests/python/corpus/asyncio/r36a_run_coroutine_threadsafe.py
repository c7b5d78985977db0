# A worker thread submits coroutines to the main loop with run_coroutine_threadsafe and waits for them
import asyncio
import threading


async def double(x):
    await asyncio.sleep(0.01)
    return 2 * x


async def fail():
    raise RuntimeError("failed inside the loop")


def thread_body(loop, out):
    out.append(asyncio.run_coroutine_threadsafe(double(21), loop).result(timeout=2))
    fut = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        fut.result(timeout=2)
    except RuntimeError as e:
        out.append(f"error: {e}")


async def main():
    out = []
    loop = asyncio.get_running_loop()
    th = threading.Thread(target=thread_body, args=(loop, out))
    th.start()
    await asyncio.to_thread(th.join)
    print(out)
    try:
        asyncio.run_coroutine_threadsafe(lambda: 1, loop)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
