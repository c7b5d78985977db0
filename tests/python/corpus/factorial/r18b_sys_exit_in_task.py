import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
        print(f"{n}: step {i}", file=sys.stderr)
    if n > 3:
        sys.exit(f"{n} is too big for this program")
    return result

async def main():
    print(await factorial(3))
    print(await asyncio.gather(factorial(2), factorial(4)))

asyncio.run(main())
print("not reached")
