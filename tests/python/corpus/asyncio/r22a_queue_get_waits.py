# get() waits for a put; cancelled getters do not eat items.
import asyncio

async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    doomed = asyncio.create_task(q.get())
    await asyncio.sleep(0.01)
    doomed.cancel()
    await asyncio.sleep(0)
    await q.put('first')
    await q.put('second')
    print(await getter)
    print('doomed cancelled:', doomed.cancelled())
    print('left in queue:', q.qsize(), q.get_nowait())
    try:
        print(await asyncio.wait_for(q.get(), 0.02))
    except TimeoutError:
        print('nothing more')

asyncio.run(main())
