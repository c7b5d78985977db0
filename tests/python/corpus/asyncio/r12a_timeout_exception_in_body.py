# test_timeouts: test_foreign_exception_passed / exception inside after expiry
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            raise KeyError("inner")
    except KeyError as e:
        print("KeyError passed through:", e)
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                raise ValueError("cleanup failed")
    except ValueError as e:
        print("ValueError:", e, "expired:", cm.expired(), type(e.__context__).__name__)

asyncio.run(main())
