# Mistake: async for over a plain list.
import asyncio

async def main():
    total = 0
    async for n in [1, 2, 3]:
        total += n
    print(total)

asyncio.run(main())
