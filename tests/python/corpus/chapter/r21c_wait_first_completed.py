# asyncio.wait with FIRST_COMPLETED, then the rest awaited.
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    tasks = [asyncio.create_task(job(n, d), name=f'job{n}') for n, d in [(1, 0.3), (2, 0.1), (3, 0.5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('done:', [t.result() for t in done], 'pending:', sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.25)
    print('done:', sorted(t.result() for t in done), 'pending:', len(pending))
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
