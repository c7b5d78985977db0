# sys.exit in one task: the other tasks' finally blocks still run as asyncio.run cancels them
import asyncio
import sys


async def factorial(n):
    f = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            f *= i
            if f > 100:
                print('giving up at', f)
                sys.exit(4)
        return f
    finally:
        print(f'finally for {n}: f = {f}')


async def main():
    print(await asyncio.gather(factorial(3), factorial(5), factorial(4)))


asyncio.run(main())
