# All factorial tasks wait for one Event, then run.
import asyncio

async def factorial(n, go):
    print(f"{n} waiting")
    await go.wait()
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(f"{n} -> {r}")
    return r

async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, go)) for n in (3, 1, 2)]
    await asyncio.sleep(0.05)
    print("go!", go.is_set())
    go.set()
    print(sum(await asyncio.gather(*tasks)))

asyncio.run(main())
