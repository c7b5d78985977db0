# A child cancelled from outside: gather raises CancelledError, or returns it.
import asyncio

async def job(n):
    await asyncio.sleep(0.02)
    return n

async def main():
    ts = [asyncio.create_task(job(n)) for n in range(3)]
    ts[1].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    ts = [asyncio.create_task(job(n)) for n in range(3)]
    ts[2].cancel()
    g = asyncio.gather(*ts)
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError; gather.cancelled() =', g.cancelled())
    print([t.done() for t in ts])

asyncio.run(main())
# (end of the program)
