import asyncio

async def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    # forgot to return result

async def main():
    values = await asyncio.gather(fact(3), fact(4))
    print(values)
    total = values[0] + values[1]
    print(total)

asyncio.run(main())
