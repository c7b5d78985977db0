# A recursive factorial that gathers itself at each level: correct, with a sleep per level
import asyncio


async def factorial(n, depth=0):
    print('  ' * depth + f'factorial({n})')
    await asyncio.sleep(0.05)
    if n <= 1:
        return 1
    (rest,) = await asyncio.gather(factorial(n - 1, depth + 1))
    return n * rest


async def main():
    print(await factorial(4))
    print(await asyncio.gather(factorial(2), factorial(3)))


asyncio.run(main())
