# Assigning to an await expression.
import asyncio

async def main():
    await asyncio.sleep(0) = 1

asyncio.run(main())
