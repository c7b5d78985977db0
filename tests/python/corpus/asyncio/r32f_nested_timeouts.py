# Nested timeouts: the outer, shorter timeout wins and the inner block sees a cancellation
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout (wrong!)")
            except asyncio.CancelledError:
                print("inner block cancelled by the outer timeout")
                raise
    except TimeoutError:
        print("outer timeout")
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(1), 0.5), 0.03)
    except TimeoutError:
        print("outer wait_for timed out")

asyncio.run(main())
