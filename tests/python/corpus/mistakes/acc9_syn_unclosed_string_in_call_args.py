# A string in a call's arguments missing its closing quote.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    print("done, total, 3)

asyncio.run(main())
