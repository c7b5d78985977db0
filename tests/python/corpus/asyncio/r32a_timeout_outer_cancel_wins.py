# An external cancel arriving inside an asyncio.timeout block stays a CancelledError
import asyncio

async def guarded():
    async with asyncio.timeout(1):
        await asyncio.sleep(5)

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel("from outside")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    except TimeoutError:
        print("TimeoutError (wrong)")

asyncio.run(main())
