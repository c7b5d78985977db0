# A starred name alone on a line, meant as print(*results).
import asyncio

async def main():
    results = await asyncio.gather(asyncio.sleep(0.01, 1), asyncio.sleep(0.01, 2))
    *results

asyncio.run(main())
