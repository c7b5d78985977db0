# A coroutine stuck in a cycle with the collector turned off.
import gc
import asyncio

async def sync_data():
    await asyncio.sleep(0)

gc.disable()
loop_ref = []
loop_ref.append(loop_ref)
loop_ref.append(sync_data())
del loop_ref
print("end, gc enabled:", gc.isenabled())
