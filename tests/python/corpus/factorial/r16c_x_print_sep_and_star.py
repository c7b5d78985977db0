# Results printed with sep and end, star unpacking and str.join over map(str)
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        f *= i
    return f

async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*map(factorial, numbers))
    print(*results, sep=' | ')
    print(*numbers, sep='! ', end='!\n')
    print(', '.join(map(str, results)))
    print(', '.join(f'{n}!={r}' for n, r in zip(numbers, results)), end='')
    print()
    print('%*d|%-*d|' % (8, results[1], 6, results[0]))
    print(str(results[1]).zfill(8), str(results[0]).center(9, '*'), f'{results[2]!a}')

asyncio.run(main())
