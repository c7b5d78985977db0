import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        await asyncio.sleep(0.1)
    return f

async def calculate_factorials(numbers):
    res = await asyncio.gather(*[factorial(x) for x in numbers])
    for x, y in zip(numbers, res):
        print('{0}! = {1}'.format(x, y))
        print('{n:02d}! = {v:010d}'.format(n=x, v=y))
        print('%-4s%+d' % (str(x) + '!', y))
        print('{:x} {:o} {:b}'.format(y, y, y))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
