# With logging configured, asyncio's own error reports use its format.
import asyncio
import logging
import sys  # (the log goes to stderr)

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')

def bad():
    raise RuntimeError('callback failure')

async def main():
    logging.info('starting')
    asyncio.get_running_loop().call_soon(bad)
    await asyncio.sleep(0.01)
    logging.info('finished')
    print('done', file=sys.stdout)

asyncio.run(main())
# (end of the program)
