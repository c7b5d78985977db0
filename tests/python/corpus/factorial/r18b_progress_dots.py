import asyncio

async def factorial(n, symbol):
    result = 1
    for i in range(1, n + 1):
        print(symbol, end='', flush=True)
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    numbers = [5, 7, 3, 6]
    symbols = "*#+-"
    results = await asyncio.gather(*[factorial(n, s) for n, s in zip(numbers, symbols)])
    print()
    for n, s, r in zip(numbers, symbols, results):
        print(s, n, r, sep='\t')
    print(*results, sep=', ', end='.\n')

asyncio.run(main())
