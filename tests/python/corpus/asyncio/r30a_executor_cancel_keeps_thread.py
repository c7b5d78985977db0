# Cancelling the awaitable from run_in_executor does not stop the thread's work
import asyncio
import threading
import time

done = threading.Event()

def blocking():
    time.sleep(0.1)
    done.set()
    return "thread finished"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking)
    try:
        await asyncio.wait_for(fut, 0.02)
    except asyncio.TimeoutError:
        print("gave up waiting; future cancelled:", fut.cancelled())
    print("thread done yet?", done.is_set())
    await asyncio.to_thread(done.wait)
    print("thread done now?", done.is_set())

asyncio.run(main())
