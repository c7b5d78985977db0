# Mistake: trying to write an async lambda.
import asyncio

async def main():
    fetch = async lambda n: await asyncio.sleep(0.01, n)
    print(await fetch(5))

asyncio.run(main())
