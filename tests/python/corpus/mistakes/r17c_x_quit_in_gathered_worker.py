# quit(3) in a gathered worker: the program ends with status 3 and no traceback
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if f > 100:
        print('too big, quitting:', f)
        quit(3)
    return f


async def main():
    print(await asyncio.gather(factorial(3), factorial(5), factorial(7)))


asyncio.run(main())
print('not reached')
