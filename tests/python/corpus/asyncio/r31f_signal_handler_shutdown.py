# Graceful shutdown on SIGTERM with loop.add_signal_handler (sending the signal to ourselves)
import asyncio
import os
import signal

async def server(stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.01)
    print("server stopping, did some work:", n > 0)

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_term():
        print("got SIGTERM")
        stop.set()

    loop.add_signal_handler(signal.SIGTERM, on_term)
    task = asyncio.create_task(server(stop))
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGTERM)
    await task
    print("removed:", loop.remove_signal_handler(signal.SIGTERM))

asyncio.run(main())
