# A Barrier aborted while two parties wait: both get BrokenBarrierError, main's wait goes uncaught
import asyncio


async def party(b, name):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print(name, "saw the barrier break")


async def main():
    b = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(b, n)) for n in ("p1", "p2")]
    await asyncio.sleep(0.01)
    print("waiting:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*tasks)
    print("broken:", b.broken)
    await b.wait()


asyncio.run(main())
