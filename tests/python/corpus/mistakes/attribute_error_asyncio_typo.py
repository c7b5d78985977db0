# Mistake: asyncio.sleeep and asyncio.gahter: AttributeError on a module, with suggestions.
import asyncio

async def main():
    try:
        await asyncio.gahter(asyncio.sleep(0))
    except AttributeError as e:
        print('caught:', e)
    await asyncio.sleeep(0.1)

asyncio.run(main())
