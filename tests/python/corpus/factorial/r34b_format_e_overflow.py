# Show big factorials in scientific notation; the f-string :e breaks once the number is too big for a float.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    for n in [10, 20, 50, 100, 170, 171]:
        value = await fact(n)
        print(f"{n:>3}! ~ {value:.3e}")


if __name__ == '__main__':
    print('Main - Starting')
    asyncio.run(main())
    print('Main - Done')
