# A coroutine inside a reference cycle: warned only when the collector runs.
import gc
import asyncio

async def refresh():
    await asyncio.sleep(0)

class Widget:
    def __init__(self):
        self.me = self
        self.job = refresh()

w = Widget()
del w
print("widget dropped")
gc.collect()
print("collected")
