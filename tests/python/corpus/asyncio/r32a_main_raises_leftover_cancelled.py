# main() raises while another task is pending: it gets cancelled before the traceback
import asyncio

async def background(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"background {n} cancelled at shutdown")
        raise

async def main():
    for n in range(1):
        asyncio.create_task(background(n))
    await asyncio.sleep(0.01)
    raise LookupError("main failed")

asyncio.run(main())
