# Barrier.reset() while parties are waiting breaks them; a later wait on a broken barrier fails
import asyncio

async def party(b, name):
    try:
        return await b.wait()
    except asyncio.BrokenBarrierError:
        return f"{name} broken"

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in "ab"]
    await asyncio.sleep(0.01)
    print(repr(b).split(" [")[1])
    await b.reset()
    print(await asyncio.gather(*ts))
    print(b.broken, b.n_waiting)
    r = await asyncio.gather(*(party(b, n) for n in "xyz"))
    print(sorted(r))
    await b.abort()
    await b.wait()

asyncio.run(main())
