# test_queues: waiting getters are served in arrival order, one item each
import asyncio

async def getter(q, name, log):
    log.append((name, await q.get()))

async def main():
    q = asyncio.Queue()
    log = []
    ts = [asyncio.create_task(getter(q, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    for item in (1, 2, 3):
        q.put_nowait(item)
    await asyncio.gather(*ts)
    print(log, q._unfinished_tasks)

asyncio.run(main())
