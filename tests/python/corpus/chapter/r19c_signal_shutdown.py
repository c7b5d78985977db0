# Graceful shutdown on SIGTERM with loop.add_signal_handler (a common blog recipe)
import asyncio
import os
import signal

async def worker(n, stop):
    while not stop.is_set():
        await asyncio.sleep(0.1)
    print(f"worker {n} exiting cleanly")

def on_signal(sig, stop):
    print(f"received {sig.name}, shutting down")
    stop.set()

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal, sig, stop)
    workers = [asyncio.create_task(worker(i, stop)) for i in range(2)]
    loop.call_later(0.25, os.kill, os.getpid(), signal.SIGTERM)
    await stop.wait()
    await asyncio.gather(*workers)
    print("removed:", loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))

asyncio.run(main())
print("bye")
