# Barrier.wait() returns an index; async with barrier; reset breaks waiters
import asyncio

async def party(b, name, delay, out):
    await asyncio.sleep(delay)
    async with b as idx:
        out.append((name, idx))

async def stuck(b):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("stuck waiter: broken by reset")

async def main():
    b = asyncio.Barrier(3)
    out = []
    await asyncio.gather(party(b, 'a', 0.1, out), party(b, 'b', 0.2, out),
                         party(b, 'c', 0.3, out))
    print(out)
    out.clear()
    await asyncio.gather(party(b, 'd', 0, out), party(b, 'e', 0, out),
                         party(b, 'f', 0, out))
    print(sorted(i for _, i in out))
    t = asyncio.create_task(stuck(b))
    await asyncio.sleep(0.1)
    await b.reset()
    await t
    print("broken after reset?", b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
