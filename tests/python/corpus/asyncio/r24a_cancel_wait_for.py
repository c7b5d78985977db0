import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow: cancelled by wait_for")
        raise

async def outer():
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.CancelledError:
        print("outer: cancelled")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer cancelled")
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, type(e) is TimeoutError)

asyncio.run(main())
