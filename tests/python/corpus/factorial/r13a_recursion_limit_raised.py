import asyncio
import sys

def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.01)
    return fact(n)

async def main():
    try:
        await factorial(1200)
    except RecursionError as e:
        print('RecursionError:', e)
    sys.setrecursionlimit(3000)
    f = await factorial(2500)
    print('bits:', f.bit_length())
    print('recursion limit:', sys.getrecursionlimit())

asyncio.run(main())
