# wait with FIRST_EXCEPTION: stop as soon as one worker fails
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise IndexError(f'list index {n} out of range')
    return n

async def main():
    tasks = {asyncio.create_task(worker(n), name=f'w{n}') for n in range(1, 5)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), 'exception' if t.exception() else 'ok', t.exception())
    print('pending:', sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    done2, _ = await asyncio.wait(pending)
    print('cancelled:', sorted(t.get_name() for t in done2 if t.cancelled()))

asyncio.run(main())
