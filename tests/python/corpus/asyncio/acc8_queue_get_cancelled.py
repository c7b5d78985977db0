# A get() cancelled while it waits leaves the queue usable; wait_for on get() times out.
import asyncio

async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print('getter cancelled')
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print('get timed out')
    q.put_nowait('x')
    print('then got', await q.get(), 'size', q.qsize())

asyncio.run(main())
