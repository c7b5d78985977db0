import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            finally:
                print("cleanup starts")
                await asyncio.sleep(0.01)
                print("cleanup done")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)

asyncio.run(main())
