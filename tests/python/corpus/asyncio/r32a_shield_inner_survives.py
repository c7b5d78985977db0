# shield: outer wait_for times out, the shielded work still finishes
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return 42

async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.02)
    except TimeoutError:
        print("timed out, inner done?", inner.done())
    print("inner result:", await inner)

asyncio.run(main())
