# Catching concurrent.futures-less asyncio.TimeoutError vs builtin TimeoutError.
import asyncio

async def slow():
    await asyncio.sleep(0.3)

async def main():
    try:
        await asyncio.wait_for(slow(), 0.02)
    except TimeoutError as e:
        print("caught builtin:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    async with asyncio.timeout(0.02):
        await slow()

asyncio.run(main())
