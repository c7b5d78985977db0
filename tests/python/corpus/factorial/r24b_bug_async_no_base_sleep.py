import asyncio

async def factorial(name, n):
    print(f"Task {name}: Compute factorial({n})...") if n % 200 == 0 else None
    await asyncio.sleep(0.001)
    return n * await factorial(name, n - 1)

async def main():
    result = await asyncio.gather(factorial("A", 400))
    print(result)

asyncio.run(main())
