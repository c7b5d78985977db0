# a while loop counting down, with progress in percent
import asyncio

async def factorial(n):
    result, i = 1, n
    while i > 1:
        result *= i
        i -= 1
        done = (n - i) / max(n - 1, 1)
        print(f"[{n}] {done:6.1%}")
        await asyncio.sleep(0.1)
    return result

async def main():
    print(await factorial(5))
    print(await factorial(1))

asyncio.run(main())
