# docs "Scheduling From Other Threads": run_coroutine_threadsafe from a worker thread
import asyncio

async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

async def boom():
    raise KeyError('k')

def in_thread(loop):
    future = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
    out = [future.result(timeout=5)]
    f2 = asyncio.run_coroutine_threadsafe(boom(), loop)
    try:
        f2.result(timeout=5)
    except KeyError as e:
        out.append(f"KeyError {e}")
    out.append(type(future).__module__ + "." + type(future).__name__)
    return out

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(in_thread, loop))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
