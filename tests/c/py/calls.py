# test_calls.c: small_coroutines_are_one_call_each
import asyncio


async def square(x):
    await asyncio.sleep(0.1)
    return x * x


async def greet(name, times):
    for _ in range(times):
        print(f"hello {name}")
        await asyncio.sleep(0)
    return (name, times)


async def main():
    t = asyncio.create_task(asyncio.sleep(0.2, "slept"))
    print(await asyncio.gather(square(3), square(4), greet("ann", 2)))
    print(await t)
    print(await asyncio.create_task(greet("bob", 1)))


asyncio.run(main())
