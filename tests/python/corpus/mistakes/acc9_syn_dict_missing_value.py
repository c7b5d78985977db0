# A dict key with no value after its colon.
import asyncio

async def main():
    stats = {"done": 3, "failed": }
    print(stats)

asyncio.run(main())
