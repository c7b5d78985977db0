# to_thread() passes positional and keyword arguments and gives back the result; the first thread is the default executor's asyncio_0.
import asyncio
import threading
import time

def add(a, b, *, scale=1):
    time.sleep(0.1)
    return (a + b) * scale, threading.current_thread() is not threading.main_thread()

def where():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return f'RuntimeError: {e}'

async def main():
    print(await asyncio.to_thread(lambda: threading.current_thread().name))
    print(await asyncio.to_thread(add, 1, 2))
    print(await asyncio.to_thread(add, 1, 2, scale=10))
    print(await asyncio.to_thread(where))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(asyncio.to_thread(add, 5, 5))
    print(t.get_name(), await t)
    print(asyncio.create_task(asyncio.sleep(0)).get_name())

asyncio.run(main())
