# asyncio.wait with FIRST_EXCEPTION: returns when one task fails; the rest are cancelled.
import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def bad(delay):
    await asyncio.sleep(delay)
    raise RuntimeError('failed after {}'.format(delay))


async def main():
    tasks = [asyncio.create_task(ok(0.1)), asyncio.create_task(bad(0.2)), asyncio.create_task(ok(0.4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done:', len(done), 'pending:', len(pending))
    for t in tasks:
        if t in done:
            print('exception' if t.exception() else 'result', t.exception() or t.result())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
