# A non-breaking space pasted between tokens.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    total = sum([1, 2, 3])
    print(total)

asyncio.run(main())
