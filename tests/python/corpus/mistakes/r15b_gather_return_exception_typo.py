# Mistake: gather's keyword misspelt (return_exception without the s).
import asyncio

async def risky(n):
    await asyncio.sleep(0.01)
    if n == 1:
        raise ValueError("bad input")
    return n

async def main():
    results = await asyncio.gather(risky(0), risky(1), return_exception=True)
    print(results)

asyncio.run(main())
