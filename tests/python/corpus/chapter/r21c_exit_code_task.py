# SystemExit(3) raised in a created task and awaited.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    raise SystemExit(3)

async def main():
    t = asyncio.create_task(job())
    try:
        await t
    except SystemExit as e:
        print('caught SystemExit', e.code)
        raise

asyncio.run(main())
