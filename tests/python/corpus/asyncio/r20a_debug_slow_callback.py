# PyMOTW asyncio_debug: loop.set_debug(True) with slow_callback_duration; a slow task step is logged.
import asyncio
import logging
import sys
import time
import warnings

import re


class Rounder(logging.Filter):
    def filter(self, record):
        record.msg = re.sub(r'took \d+\.\d+', 'took N.NNN', record.getMessage())
        record.args = ()
        return True


logging.basicConfig(level=logging.DEBUG, format='%(levelname)s: %(message)s', stream=sys.stderr)
logging.getLogger('asyncio').addFilter(Rounder())
warnings.simplefilter('always', ResourceWarning)


async def inner():
    print('inner starting')
    # Use a blocking sleep to simulate doing work inside the function.
    time.sleep(0.3)
    print('inner completed')


async def outer(loop):
    print('outer starting')
    await asyncio.ensure_future(loop.create_task(inner()))
    print('outer completed')


event_loop = asyncio.get_event_loop()
event_loop.set_debug(True)
event_loop.slow_callback_duration = 0.2
try:
    event_loop.run_until_complete(outer(event_loop))
finally:
    event_loop.close()
