# as_completed's items taken for futures: .result() on what is a coroutine (never awaited, warned at exit).
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for fut in asyncio.as_completed([factorial(n) for n in [5, 3]]):
        print("done:", fut.result())

asyncio.run(main())
