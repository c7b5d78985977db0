# I turned main into a future first, then passed it to asyncio.run
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("hello")

fut = asyncio.ensure_future(main())
asyncio.run(fut)
