# logging.exception in an except of an AttributeError.
import asyncio
import logging

async def main():
    try:
        await asyncio.sleeep(1)
    except AttributeError:
        logging.exception('oops')
    print('after')

asyncio.run(main())
