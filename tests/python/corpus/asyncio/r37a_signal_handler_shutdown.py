# A server loop that installs a SIGUSR1 handler with add_signal_handler and shuts down when signalled
import asyncio
import os
import signal


async def serve(stop):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.01)
    return ticks


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (print("got SIGUSR1"), stop.set()))
    server = asyncio.create_task(serve(stop))
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    ticks = await server
    print("server stopped after some ticks:", ticks > 0)
    print("removed:", loop.remove_signal_handler(signal.SIGUSR1))
    print("removed again:", loop.remove_signal_handler(signal.SIGUSR1))


asyncio.run(main())
