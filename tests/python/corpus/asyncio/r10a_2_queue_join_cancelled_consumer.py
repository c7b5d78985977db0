import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        try:
            if item == 3:
                raise RuntimeError('bad item 3')
            print('processed', item)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    c = asyncio.create_task(consumer(q))
    await q.join() if False else await asyncio.sleep(0.01)
    print('consumer done:', c.done(), 'unfinished:', q.qsize())
    try:
        await c
    except RuntimeError as e:
        print('consumer failed:', e)
    await asyncio.wait_for(q.join(), 0.1) if q.empty() else None
    print('left in queue', q.qsize())

asyncio.run(main())
