# wait() with a timeout leaves the slow ones pending; bad arguments raise.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.01, 1)]
    done, pending = await asyncio.wait(ts, timeout=0.2)
    print(len(done), len(pending), [t.done() for t in ts])
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait(ts, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    coro = job(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()
    ts[1].cancel()

asyncio.run(main())
