# Mistake: a function asyncio does not have.
import asyncio

async def main():
    await asyncio.wait_all([asyncio.sleep(0.1)])

asyncio.run(main())
