import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError:
        print("caught builtin TimeoutError")
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("caught asyncio.TimeoutError:", type(e).__name__, e.__class__ is TimeoutError)

asyncio.run(main())
