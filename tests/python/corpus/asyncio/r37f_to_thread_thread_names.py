# Which thread runs what: the main thread for coroutines, an "asyncio_N" worker for to_thread
import asyncio
import threading
import time

def blocking(label):
    time.sleep(0.01)
    return f"{label} ran in {threading.current_thread().name}"

async def main():
    print("coroutine in", threading.current_thread().name)
    print(await asyncio.to_thread(blocking, "first"))
    loop = asyncio.get_running_loop()
    print((await loop.run_in_executor(None, blocking, "second")).rstrip("0123456789"))
    print("main thread is main:", threading.current_thread() is threading.main_thread())
    names = await asyncio.gather(*(asyncio.to_thread(lambda: threading.current_thread().name.split("_")[0]) for _ in range(3)))
    print(names)

asyncio.run(main())
