# Forgetting to close an event loop: a ResourceWarning when it is collected
import asyncio
import gc
import warnings

warnings.simplefilter("always", ResourceWarning)

def leak():
    loop = asyncio.new_event_loop()
    print(repr(loop))
    loop.run_until_complete(asyncio.sleep(0))

leak()
gc.collect()
print("after collect")
