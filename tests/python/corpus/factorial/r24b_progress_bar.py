import asyncio

async def factorial(name, n, width=10):
    f = 1
    for i in range(1, n + 1):
        f *= i
        done = int(width * i / n)
        bar = "#" * done + "-" * (width - done)
        print(f"{name} [{bar}] {i / n:6.1%} ({i}/{n})")
        await asyncio.sleep(0.01)
    print(f"{name} finished: {n}! = {f:,}")

async def main():
    await asyncio.gather(factorial("A", 4), factorial("B", 8, width=16))

asyncio.run(main())
