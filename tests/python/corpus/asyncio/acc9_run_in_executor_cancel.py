# Cancelling the future of run_in_executor while its thread works: the thread finishes anyway, the result is dropped.
import asyncio, time

def blocking(n):
    time.sleep(0.1)
    print('thread finished', n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 1)
    await asyncio.sleep(0.02)
    print('cancel:', fut.cancel())
    try:
        await fut
    except asyncio.CancelledError:
        print('awaiting it: CancelledError')
    await asyncio.sleep(0.2)
    print('to_thread result:', await asyncio.to_thread(blocking, 2))

asyncio.run(main())
