import asyncio

async def factorial(n):
    result = 1
    parts = []
    for i in range(n, 0, -1):
        await asyncio.sleep(0.01)
        result *= i
        parts.append(str(i))
    return f"{n}! = {' x '.join(parts) or '1'} = {result}"

async def main():
    for line in await asyncio.gather(*map(factorial, [5, 7, 3, 6, 0, 1])):
        print(line)
    print(*[5, 4, 3], sep=' * ', end=' = 60\n')

asyncio.run(main())
