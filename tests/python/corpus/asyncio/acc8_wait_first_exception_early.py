# wait(FIRST_EXCEPTION) returns at the first failure; if none fails it waits for all.
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    ts = [asyncio.create_task(job('a', 0.01)), asyncio.create_task(job('b', 0.02, True)),
          asyncio.create_task(job('c', 0.3))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in ts:
        if t in done:
            print(repr(t.exception()) if t.exception() else t.result())
    ts2 = [asyncio.create_task(job(n, 0.01)) for n in 'xy']
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))
    ts[2].cancel()

asyncio.run(main())
