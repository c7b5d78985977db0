# The factorial written recursively with an await each level.
import asyncio

async def factorial(n, depth=0):
    print('  ' * depth + f'factorial({n})')
    if n <= 1:
        return 1
    await asyncio.sleep(0.1)
    return n * await factorial(n - 1, depth + 1)

async def main():
    print(await factorial(4))
    print(await asyncio.gather(factorial(2), factorial(3)))

asyncio.run(main())
