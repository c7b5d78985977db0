# Debounce: each new event cancels the previous pending save; only the last one runs
import asyncio

class Debouncer:
    def __init__(self, delay):
        self.delay = delay
        self.task = None
        self.saved = []

    def trigger(self, value):
        if self.task and not self.task.done():
            self.task.cancel()
        self.task = asyncio.create_task(self._later(value))

    async def _later(self, value):
        try:
            await asyncio.sleep(self.delay)
        except asyncio.CancelledError:
            print(f"dropped {value!r}")
            raise
        self.saved.append(value)
        print(f"saved {value!r}")

async def main():
    d = Debouncer(0.1)
    for text in ["h", "he", "hel", "hello"]:
        d.trigger(text)
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)
    d.trigger("hello!")
    await d.task
    print(d.saved)

asyncio.run(main())
