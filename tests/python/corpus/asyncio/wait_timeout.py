# asyncio.wait(timeout=...) does not cancel what is pending; FIRST_EXCEPTION.
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise RuntimeError('two fails')
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in (1, 4)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)  # 0.15 s from either task
    print(len(done), len(pending), [t.done() for t in tasks])
    await asyncio.wait(pending)
    print([t.result() for t in tasks])
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(repr(t.exception()) for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
