# Three factorials that yield with sleep(0) after each multiplication: the steps interleave in strict turns.
import asyncio


async def factorial(name, n):
    r = 1
    for i in range(1, n + 1):
        r *= i
        print(f"{name}{i}", end=" ")
        await asyncio.sleep(0)
    return r


async def main():
    results = await asyncio.gather(factorial("a", 4), factorial("b", 2), factorial("c", 3))
    print()
    print(results)
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback scheduled first")
    t = asyncio.create_task(factorial("d", 1))
    await t
    print()


asyncio.run(main())
