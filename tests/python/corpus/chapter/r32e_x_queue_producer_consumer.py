# producer puts jobs on a Queue, two consumers take them, join waits for all
import asyncio

async def producer(q):
    for n in range(1, 7):
        await q.put(n)
        print('put', n)
    print('producer finished')

async def consumer(name, q, log):
    while True:
        n = await q.get()
        await asyncio.sleep(0.01 * n)
        log.append((name, n * n))
        q.task_done()

async def do_something():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(c, q, log)) for c in 'xy']
    await producer(q)
    await q.join()
    for c in consumers:
        c.cancel()
    print('squares:', sorted(v for _, v in log))
    print('qsize at end:', q.qsize(), 'empty:', q.empty())

asyncio.run(do_something())
