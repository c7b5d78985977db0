# Barrier.abort() breaks the barrier for waiters: BrokenBarrierError
import asyncio

async def waiter(b, i):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        return f"{i}: broken {type(e).__name__}"

async def main():
    b = asyncio.Barrier(5)
    ts = [asyncio.create_task(waiter(b, i)) for i in range(2)]
    await asyncio.sleep(0.01)
    print("waiting:", b.n_waiting)
    await b.abort()
    print(await asyncio.gather(*ts))
    print("broken:", b.broken)
    await b.wait()

asyncio.run(main())
