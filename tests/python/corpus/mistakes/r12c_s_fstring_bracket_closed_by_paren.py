# An f-string whose subscript is closed with a parenthesis.
import asyncio

async def main():
    results = await asyncio.gather(asyncio.sleep(0.01, "a"), asyncio.sleep(0.02, "b"))
    print(f"first: {results[0)}")

asyncio.run(main())
