# A TypeError in an awaited call inside an expression.
import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    return str(n)

async def main():
    total = await fetch(1) + await fetch(2) * 2
    print(total)
    total = (await fetch(3)) + 1

asyncio.run(main())
