# A future's exception that is never read is logged; one that is read is not.
import asyncio
import gc

async def main():
    loop = asyncio.get_running_loop()
    read = loop.create_future()
    read.set_exception(ValueError('read'))
    read.exception()
    unread = loop.create_future()
    unread.set_exception(ValueError('unread'))
    del read, unread
    gc.collect()
    print('collected')

asyncio.run(main())
# (end of the program)
