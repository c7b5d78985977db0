# Mistake: a string that is never closed.
import asyncio

async def main():
    print('Main - Starting)
    await asyncio.sleep(0.1)

asyncio.run(main())
