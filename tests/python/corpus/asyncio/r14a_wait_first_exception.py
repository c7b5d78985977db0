# test_tasks: wait(FIRST_EXCEPTION) stops at the first failure; if none fails it waits for all
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f'failed after {d}')
    return d

async def main():
    ts = [asyncio.create_task(job(0.1)), asyncio.create_task(job(0.2, True)), asyncio.create_task(job(0.4))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), sorted(str(t.exception()) for t in done))
    for t in pending:
        t.cancel()
    ts = [asyncio.create_task(job(d)) for d in (0.1, 0.2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))

asyncio.run(main())
