# wait_for of a bare sleep timing out, uncaught: the CancelledError cause still has its Traceback header
import asyncio

async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(1), 0.05)

asyncio.run(main())
