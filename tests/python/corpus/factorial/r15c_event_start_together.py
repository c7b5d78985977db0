# all factorials wait for an Event before they start
import asyncio

async def factorial(n, go):
    print(f"{n} waiting")
    await go.wait()
    r = 1
    for i in range(2, n + 1):
        r *= i
    print(f"{n} -> {r}")
    return r

async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, go)) for n in (4, 6)]
    await asyncio.sleep(0.1)
    print("ready, go!")
    go.set()
    print(await asyncio.gather(*tasks))

asyncio.run(main())
