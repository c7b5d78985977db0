# asyncio.timeout around async for: the generator is closed when the deadline hits
import asyncio

async def stream():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.05)
            yield i
            i += 1
    finally:
        print("stream closed")

async def main():
    got = []
    try:
        async with asyncio.timeout(0.5):
            async for x in stream():
                got.append(x)
    except TimeoutError:
        print("deadline reached; first items:", got[:2])

asyncio.run(main())
