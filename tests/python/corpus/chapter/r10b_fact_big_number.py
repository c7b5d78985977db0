# A big factorial printed with thousands separators and digit count.
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 10 == 0:
            await asyncio.sleep(0)
    return f

async def main():
    f = await factorial(50)
    print(f)
    print(f'{f:,}')
    print(len(str(f)), 'digits')
    f100 = await factorial(100)
    print(str(f100)[:20], '...', str(f100)[-5:])
    print(f100 % 10**24 == 0, f100 // 10**150)

asyncio.run(main())
