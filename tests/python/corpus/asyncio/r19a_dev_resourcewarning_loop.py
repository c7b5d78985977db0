# docs "Developing with asyncio": ResourceWarning for an event loop never closed
import asyncio
import gc
import warnings

warnings.simplefilter('default')

def leak():
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(asyncio.sleep(0.1, 'ran')))

leak()
gc.collect()
print("after collect")
closed = asyncio.new_event_loop()
closed.close()
del closed
gc.collect()
print("closed loop: no warning")
