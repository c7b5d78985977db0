# loop.add_signal_handler for SIGUSR1, then signal the process itself
import asyncio
import os
import signal

async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (print("got SIGUSR1"), got.set()))
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.wait_for(got.wait(), 1)
    print("removed:", loop.remove_signal_handler(signal.SIGUSR1))
    print("removed again:", loop.remove_signal_handler(signal.SIGUSR1))

asyncio.run(main())
