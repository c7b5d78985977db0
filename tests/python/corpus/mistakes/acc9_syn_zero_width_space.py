# A zero-width space hidden after a name.
import asyncio

async def main():
    total​ = 3
    print(total)

asyncio.run(main())
