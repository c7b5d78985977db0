# Barrier.reset() while parties are waiting raises BrokenBarrierError in them
import asyncio

async def main():
    b = asyncio.Barrier(3)

    async def party(i):
        try:
            return await b.wait()
        except asyncio.BrokenBarrierError:
            return f"party {i} broken"

    ts = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0.01)
    print(repr(b).split(" [")[1])
    await b.reset()
    print(await asyncio.gather(*ts))
    print("broken after reset:", b.broken, b.n_waiting)
    ts = [asyncio.create_task(b.wait()) for _ in range(3)]
    print(sorted(await asyncio.gather(*ts)))

asyncio.run(main())
