# test_locks: ConditionTests.test_notify -- notify(1), notify(2), and the order
import asyncio

async def main():
    cond = asyncio.Condition()
    result = []

    async def c(n):
        async with cond:
            if await cond.wait():
                result.append(n)
            return True

    ts = [asyncio.create_task(c(i)) for i in (1, 2, 3)]
    await asyncio.sleep(0)
    print(result)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    print(result)
    async with cond:
        cond.notify(1)
        cond.notify(2048)
    await asyncio.sleep(0)
    print(result)
    print([t.result() for t in ts])

asyncio.run(main())
