# PyMOTW's ResourceWarning: a loop never closed, reported when collected with warnings on.
import asyncio
import gc
import warnings

warnings.simplefilter('always', ResourceWarning)


async def main():
    return 'ran'


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
del loop
gc.collect()
print('after collect')
