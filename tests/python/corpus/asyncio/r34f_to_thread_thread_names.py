# Which thread runs to_thread work? The default executor's threads are named asyncio_N.
import asyncio
import threading

def where(label):
    t = threading.current_thread()
    return label, t.name.split("_")[0], t is threading.main_thread()

async def main():
    print(where("coroutine"))
    print(await asyncio.to_thread(where, "to_thread"))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, where, "run_in_executor"))
    print(threading.current_thread().name, threading.active_count() >= 2)
    print(await asyncio.to_thread(lambda **kw: sorted(kw.items()), b=2, a=1))

asyncio.run(main())
