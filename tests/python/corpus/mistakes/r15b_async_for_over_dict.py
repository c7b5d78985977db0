# Mistake: async for over a plain dict of delays.
import asyncio

delays = {"alpha": 0.02, "beta": 0.01}

async def main():
    print("start")
    async for name in delays:
        await asyncio.sleep(delays[name])
        print(name)

asyncio.run(main())
