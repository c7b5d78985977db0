# shield() protects an inner task from wait_for's cancellation
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return 42

async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.02)
    except asyncio.TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

asyncio.run(main())
