# A "go" Event used for two rounds: set, cleared, then set again for the second batch of factorials.
import asyncio


async def factorial(n, go, rounds):
    results = []
    for rnd in range(rounds):
        await go.wait()
        r = 1
        for i in range(2, n + rnd + 1):
            r *= i
        results.append(r)
        print(f"round {rnd}: {n + rnd}! = {r}")
        await asyncio.sleep(0.2)
    return results


async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, go, 2)) for n in (3, 5)]
    await asyncio.sleep(0.05)
    go.set()
    await asyncio.sleep(0.1)
    go.clear()
    print("cleared; waiting again")
    await asyncio.sleep(0.2)
    print("second round go")
    go.set()
    print(await asyncio.gather(*tasks))


asyncio.run(main())
