# wait(FIRST_EXCEPTION) stops at the first error; without one it waits for all.
import asyncio

async def job(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'job {n}')
    return n

async def main():
    ts = [asyncio.create_task(job(1, 0.01)), asyncio.create_task(job(2, 0.05, True)),
          asyncio.create_task(job(3, 0.5))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    print(sorted(repr(t.exception()) for t in done))
    for t in pending:
        t.cancel()
    ts = [asyncio.create_task(job(n, 0.01 * n)) for n in (1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), pending)

asyncio.run(main())
