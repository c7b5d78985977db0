# A Condition: waiters sleep until the factorial they need has been computed by the producer.
import asyncio

table = {0: 1}


async def producer(cond, upto):
    for n in range(1, upto + 1):
        await asyncio.sleep(0.02)
        async with cond:
            table[n] = table[n - 1] * n
            cond.notify_all()


async def waiter(cond, n):
    async with cond:
        await cond.wait_for(lambda: n in table)
        print(f"waiter for {n} woke: {n}! = {table[n]}")
        return table[n]


async def main():
    cond = asyncio.Condition()
    waiters = [asyncio.create_task(waiter(cond, n)) for n in (6, 2, 4)]
    await producer(cond, 6)
    print(await asyncio.gather(*waiters))


asyncio.run(main())
