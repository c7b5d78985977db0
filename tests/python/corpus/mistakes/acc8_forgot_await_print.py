# Forgot await inside print: prints the coroutine's repr-ish and warns.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)

async def main():
    print("5! =", type(factorial(5)).__name__)
    print("done")

asyncio.run(main())
