# loop.add_signal_handler for SIGTERM sets a stop Event for a graceful shutdown
import asyncio
import os
import signal

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_term(signame):
        print("received", signame)
        stop.set()

    loop.add_signal_handler(signal.SIGTERM, on_term, "SIGTERM")
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGTERM)
    print("waiting for a signal")
    await stop.wait()
    print("removed:", loop.remove_signal_handler(signal.SIGTERM))
    print("removed again:", loop.remove_signal_handler(signal.SIGTERM))
    print("bye")

asyncio.run(main())
