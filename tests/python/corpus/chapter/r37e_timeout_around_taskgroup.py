# asyncio.timeout around a TaskGroup: the slow children are cancelled, I get TimeoutError
import asyncio

log = []

async def worker(n):
    try:
        await asyncio.sleep(n / 10)
        print('worker', n, 'done')
        return n
    except asyncio.CancelledError:
        log.append(f'worker {n} cancelled')
        raise

async def main():
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(worker(n)) for n in (1, 2, 4, 6)]
    except TimeoutError as e:
        print('TimeoutError', repr(e))
    print(sorted(log))
    print([('done' if not t.cancelled() else 'cancelled') for t in tasks])

asyncio.run(main())
