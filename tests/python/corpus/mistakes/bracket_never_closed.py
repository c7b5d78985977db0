# Mistake: a bracket opened on one line and never closed.
import asyncio

async def main():
    results = await asyncio.gather(*[asyncio.sleep(0.1, result=n) for n in range(3)]
    print(results)

asyncio.run(main())
