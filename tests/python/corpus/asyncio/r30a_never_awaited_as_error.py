# Catching the never-awaited RuntimeWarning with warnings.catch_warnings(record=True)
import asyncio
import gc
import os
import warnings

async def forgotten(n):
    return n

async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        forgotten(1)
        pending = [forgotten(i) for i in range(2)]
        del pending
        gc.collect()
    for w in caught:
        print(w.category.__name__, w.message, os.path.basename(w.filename), w.lineno)
    await asyncio.sleep(0)
    print("still running")

asyncio.run(main())
