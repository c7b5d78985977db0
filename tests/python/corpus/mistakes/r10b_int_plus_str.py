# int + str in print without an f-string.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

async def main():
    for n in [3, 5]:
        f = await factorial(n)
        print(str(n) + '! = ' + f)

asyncio.run(main())
