# Debounce: only the last event in a burst triggers the save, earlier timers are cancelled
import asyncio

class Debouncer:
    def __init__(self, delay, action):
        self.delay, self.action = delay, action
        self.pending = None
        self.cancelled = 0

    def trigger(self, value):
        if self.pending and not self.pending.done():
            self.pending.cancel()
            self.cancelled += 1
        self.pending = asyncio.create_task(self._later(value))

    async def _later(self, value):
        await asyncio.sleep(self.delay)
        self.action(value)

async def main():
    d = Debouncer(0.05, lambda v: print("saving", v))
    for text in ["h", "he", "hel", "hell", "hello"]:
        d.trigger(text)
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.15)
    d.trigger("hello!")
    await d.pending
    print("cancelled timers:", d.cancelled)

asyncio.run(main())
