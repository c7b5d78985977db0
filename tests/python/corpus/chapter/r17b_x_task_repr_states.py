# A learner prints tasks themselves at each stage: pending, finished, cancelled and failed
import asyncio

async def worker(x):
    await asyncio.sleep(0.1)
    if x < 0:
        raise ValueError('negative')
    return x

async def main():
    ok = asyncio.create_task(worker(1), name='ok')
    bad = asyncio.create_task(worker(-1), name='bad')
    gone = asyncio.create_task(worker(2), name='gone')
    await asyncio.sleep(0)
    gone.cancel()
    await asyncio.gather(ok, bad, gone, return_exceptions=True)
    for t in (ok, bad, gone):
        print(t.get_name(), t.done(), t.cancelled(), repr(t)[:40].split(' coro=')[0])
    print(str(ok.result()), type(bad.exception()).__name__)

asyncio.run(main())
