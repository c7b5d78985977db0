# test_queues: put() blocks on a full queue until a get() makes room, and putters are served FIFO
import asyncio

async def putter(q, x, log):
    log.append(f'put {x}?')
    await q.put(x)
    log.append(f'put {x}!')

async def main():
    q = asyncio.Queue(maxsize=1)
    log = []
    ts = [asyncio.create_task(putter(q, x, log)) for x in 'abc']
    await asyncio.sleep(0)
    log.append(f'size {q.qsize()}')
    while len(log) < 10:
        log.append('got ' + await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print('\n'.join(log))

asyncio.run(main())
