# traceback.print_exc of an AttributeError typo.
import asyncio
import traceback

async def main():
    try:
        asyncio.gahter()
    except AttributeError:
        traceback.print_exc()
    print('after')

asyncio.run(main())
