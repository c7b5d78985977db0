# notify(n) wakes exactly n waiters in the order they started waiting
import asyncio


async def waiter(cond, name, woke):
    async with cond:
        await cond.wait()
        woke.append(name)


async def main():
    cond = asyncio.Condition()
    woke = []
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", woke)) for i in range(5)]
    await asyncio.sleep(0)
    for n in (2, 1, 0, 5):
        async with cond:
            cond.notify(n)
        await asyncio.sleep(0.01)
        print(f"notify({n}) ->", woke)
    await asyncio.gather(*tasks)


asyncio.run(main())
