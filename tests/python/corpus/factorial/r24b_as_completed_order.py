import asyncio

async def factorial(name, n, delay):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        f *= i
    return name, n, f

async def main():
    coros = [factorial("A", 4, 0.01), factorial("B", 2, 0.5), factorial("C", 3, 0.15)]
    position = 1
    for fut in asyncio.as_completed(coros):
        name, n, f = await fut
        print(f"#{position} finished: Task {name}: factorial({n}) = {f}")
        position += 1

asyncio.run(main())
