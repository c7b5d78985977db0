# A threading.Timer resolves an asyncio Future through call_soon_threadsafe.
import asyncio
import threading

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    timer = threading.Timer(0.05, loop.call_soon_threadsafe, args=(fut.set_result, "timer fired"))
    timer.start()
    print("waiting for the timer thread...")
    print(await asyncio.wait_for(fut, timeout=2))
    timer.join()
    cancelled = threading.Timer(10, print, args=("never",))
    cancelled.start()
    cancelled.cancel()
    cancelled.join()
    print("second timer cancelled:", not cancelled.is_alive())

asyncio.run(main())
