# Graceful shutdown on SIGTERM with loop.add_signal_handler; the program signals itself.
import asyncio
import signal

async def server(stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.01)
    return n

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, lambda: (print("got SIGTERM"), stop.set()))
    task = asyncio.create_task(server(stop))
    await asyncio.sleep(0.05)
    signal.raise_signal(signal.SIGTERM)
    served = await task
    print("served some requests:", served > 0)
    print("removed:", loop.remove_signal_handler(signal.SIGTERM))

asyncio.run(main())
