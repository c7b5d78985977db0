# as_completed/gather/wait with the same task given twice
import asyncio

async def job(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    t = asyncio.create_task(job('t', 0.1))
    u = asyncio.create_task(job('u', 0.2))
    print("gather:", await asyncio.gather(t, u, t))
    got = [await c for c in asyncio.as_completed([t, u, t])]
    print("as_completed (sorted):", sorted(got))
    done, pending = await asyncio.wait([t, t, u])
    print("wait:", len(done), len(pending))
    c = job('c', 0.1)
    print("gather same coroutine twice:", await asyncio.gather(c, c))

asyncio.run(main())
