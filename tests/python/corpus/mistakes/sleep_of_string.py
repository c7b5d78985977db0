# Mistake: the delay passed to asyncio.sleep is a string.
import asyncio

async def main():
    delay = '0.1'
    print('sleeping', delay)
    await asyncio.sleep(delay)

asyncio.run(main())
