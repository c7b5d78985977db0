# a recursive factorial of 1500 passes the recursion limit; a loop does not
import asyncio
import sys

def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.01)
    try:
        return fact(n)
    except RecursionError as e:
        print(f"fact({n}): RecursionError: {e}")
        result = 1
        for i in range(2, n + 1):
            result *= i
        return result

async def main():
    print(sys.getrecursionlimit())
    values = await asyncio.gather(factorial(500), factorial(1500))
    print([len(str(v)) for v in values])

asyncio.run(main())
