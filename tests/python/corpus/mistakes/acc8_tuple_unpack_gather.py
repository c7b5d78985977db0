# Unpacking three gathered results into two names.
import asyncio

async def f(n):
    return n

async def main():
    a, b = await asyncio.gather(f(1), f(2), f(3))
    print(a, b)

asyncio.run(main())
