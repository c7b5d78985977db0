# ensure_future of something that is not awaitable.
import asyncio

async def main():
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.gather(1, 2)

asyncio.run(main())
