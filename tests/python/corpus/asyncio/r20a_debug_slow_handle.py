# Debug mode logs a slow call_soon callback ("Executing <Handle ...> took"), time masked.
import asyncio
import logging
import re
import time


class Mask(logging.Filter):
    def filter(self, record):
        record.msg = re.sub(r'took \d+\.\d+', 'took X', record.getMessage())
        record.args = ()
        return True


logging.basicConfig(format='%(name)s %(levelname)s %(message)s')
logging.getLogger('asyncio').addFilter(Mask())


def slow():
    time.sleep(0.2)
    print('slow callback done')


async def main():
    asyncio.get_running_loop().call_soon(slow)
    await asyncio.sleep(0.3)


asyncio.run(main(), debug=True)
