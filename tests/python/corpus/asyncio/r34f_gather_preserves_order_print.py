# Tutorial aside: gather returns results in argument order, not in the order tasks finish.
import asyncio

async def countdown(name, n, delay):
    for i in range(n, 0, -1):
        print(f"{name}: {i}")
        await asyncio.sleep(delay)
    print(f"{name}: liftoff")
    return name

async def main():
    results = await asyncio.gather(countdown("A", 2, 0.25), countdown("B", 3, 0.04), countdown("C", 1, 0.7))
    print("results:", results)

asyncio.run(main())
