import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 1:
        raise ArithmeticError("worker 1 failed")
    print("worker", n, "finished")
    return n

async def main():
    try:
        await asyncio.gather(worker(1), worker(2), worker(3))
    except ArithmeticError as e:
        print("gather raised:", e)
    print("main sleeps a bit")
    await asyncio.sleep(0.35)
    print("main done")

asyncio.run(main())
