import asyncio

async def consumer(name, q):
    try:
        while True:
            item = await q.get()
            print(name, 'got', item)
            await asyncio.sleep(0.01)
            q.task_done()
    except asyncio.CancelledError:
        print(name, 'stopping')
        raise

async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(f'c{i}', q), name=f'c{i}') for i in range(2)]
    for i in range(5):
        await q.put(i)
    await q.join()
    for c in consumers:
        c.cancel()
    done, pending = await asyncio.wait(consumers)
    print(sorted(t.get_name() for t in done), len(pending), all(t.cancelled() for t in done))

asyncio.run(main())
