import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main(numbers):
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f'{n}! = {f}')

if __name__ == '__main__':
    args = sys.argv[1:] or ['5', '7', '3', '6']
    print('using', args, 'from', len(sys.argv), 'argv entries')
    asyncio.run(main(list(map(int, args))))
