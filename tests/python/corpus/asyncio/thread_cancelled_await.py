# Cancelling what awaits a thread (wait_for's timeout, Task.cancel) cancels the future; the thread goes on, and asyncio.run waits for it.
import asyncio
import time

def slow(n):
    print('slow start', n)
    time.sleep(n)
    print('slow end', n)
    return n

async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow, 1.5), timeout=0.5)
    except TimeoutError:
        print('timeout; tasks left:', len(asyncio.all_tasks()))
    t = asyncio.create_task(asyncio.to_thread(slow, 0.6))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    print('main done')

asyncio.run(main())
print('after asyncio.run')
