# A plain recursive factorial called from an async wrapper, recursion error for a huge n
import asyncio

def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.1)
    return fact(n)

async def main():
    print(await factorial(20))
    try:
        await factorial(5000)
    except RecursionError as e:
        print('RecursionError:', e)

asyncio.run(main())
