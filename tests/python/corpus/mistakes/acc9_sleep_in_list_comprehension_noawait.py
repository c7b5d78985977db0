# Sleeps made in a list comprehension and never awaited.
import asyncio

async def main():
    [asyncio.sleep(0.1) for _ in range(2)]
    print("slept?")

asyncio.run(main())
