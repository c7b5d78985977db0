# logging configured with the logger's name: asyncio's own error reports
import asyncio
import logging

logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')

async def fail():
    raise ValueError('in task')

def bad_callback():
    raise RuntimeError('in callback')

async def main():
    asyncio.get_running_loop().call_soon(bad_callback)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    del t
    logging.getLogger('asyncio').warning('my own warning')
    print('main done')

asyncio.run(main())
