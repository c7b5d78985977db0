import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def group(label, numbers):
    values = await asyncio.gather(*[factorial(n) for n in numbers])
    print(f"group {label} finished: {values}")
    return label, sum(values)

async def main():
    out = await asyncio.gather(group("small", [1, 2, 3]),
                               group("medium", [4, 5]),
                               group("large", [6]))
    print(out)
    print(dict(out))
    grand = sum(total for _, total in out)
    print(f"grand total {grand:,}")

asyncio.run(main())
