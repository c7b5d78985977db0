# as_completed with the same task listed twice and a plain future.
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    t = asyncio.create_task(job('t', 0.2))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, 'f')
    out = [await c for c in asyncio.as_completed([t, t, f])]
    print(out)

asyncio.run(main())
