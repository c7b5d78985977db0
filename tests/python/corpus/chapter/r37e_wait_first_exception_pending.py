# wait with FIRST_EXCEPTION: stop as soon as one worker fails and report the rest
import asyncio

async def worker(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError(f'worker {n} broke')
    return n

async def main():
    tasks = {asyncio.create_task(worker(n), name=f'w{n}') for n in range(1, 5)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), 'error' if t.exception() else 'ok', t.exception() or t.result())
    print('pending:', sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    print('ALL:', asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
