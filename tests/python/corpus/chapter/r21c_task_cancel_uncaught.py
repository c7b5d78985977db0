# Awaiting a cancelled task without try: CancelledError escapes asyncio.run.
import asyncio

async def worker():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    await t
    print('not reached')

print('start')
asyncio.run(main())
