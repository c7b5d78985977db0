# Mistake: await in a plain helper def nested inside a coroutine.
import asyncio

async def main():
    def helper(n):
        await asyncio.sleep(0.1)
        return n
    print(helper(3))

asyncio.run(main())
