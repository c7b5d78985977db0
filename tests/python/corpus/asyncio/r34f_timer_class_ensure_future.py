# The popular Stack Overflow "asyncio Timer" class built on ensure_future and cancel().
import asyncio

class Timer:
    def __init__(self, timeout, callback):
        self._timeout = timeout
        self._callback = callback
        self._task = asyncio.ensure_future(self._job())

    async def _job(self):
        await asyncio.sleep(self._timeout)
        await self._callback()

    def cancel(self):
        self._task.cancel()

async def someCallback():
    print("Echo!")

async def main():
    print("first example")
    timer = Timer(0.05, someCallback)
    await asyncio.sleep(0.15)
    print("second example")
    timer = Timer(0.2, someCallback)
    await asyncio.sleep(0.05)
    timer.cancel()
    await asyncio.sleep(0.3)
    print("cancelled:", timer._task.cancelled())

asyncio.run(main())
