# Mistake: a parenthesis that is never closed.
import asyncio

async def main():
    results = await asyncio.gather(asyncio.sleep(0.1, result=1),
                                   asyncio.sleep(0.1, result=2)
    print(results)

asyncio.run(main())
