# Mistake: str.join over a generator that yields numbers among the words.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return i if i % 2 else f"item{i}"

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(4)))
    print(" | ".join(str(r) for r in results))
    print(" | ".join(r for r in results))

asyncio.run(main())
