# A SIGINT handler that cancels the main task; the program signals itself to simulate Ctrl+C.
import asyncio
import os
import signal

async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    loop.add_signal_handler(signal.SIGINT, me.cancel)
    try:
        loop.call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
        for i in range(100):
            await asyncio.sleep(0.02)
        print("never finished")
    except asyncio.CancelledError:
        print("main cancelled by SIGINT, cleaning up")
        return "clean exit"

print(asyncio.run(main()))
