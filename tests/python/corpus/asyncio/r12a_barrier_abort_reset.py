# test_locks: BarrierTests.test_abort / test_reset
import asyncio

async def main():
    b = asyncio.Barrier(3)

    async def w(n):
        try:
            await b.wait()
            return "passed"
        except asyncio.BrokenBarrierError as e:
            return f"broken {type(e).__name__}"

    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting)
    await b.abort()
    print(await asyncio.gather(*ts))
    print("broken:", b.broken, repr(b).split(" [")[1])
    await b.reset()
    print("after reset broken:", b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
