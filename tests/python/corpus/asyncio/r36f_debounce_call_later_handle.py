# Debounce rapid events: each new event cancels the pending call_later handle, only the last fires.
import asyncio

class Debouncer:
    def __init__(self, delay, fn):
        self.delay, self.fn, self.handle = delay, fn, None
        self.cancelled = 0

    def trigger(self, *args):
        if self.handle is not None and not self.handle.cancelled():
            self.handle.cancel()
            self.cancelled += 1
        self.handle = asyncio.get_running_loop().call_later(self.delay, self.fn, *args)

def save(text):
    print("saving:", text)

async def main():
    d = Debouncer(0.1, save)
    for text in ["h", "he", "hel", "hell", "hello"]:
        d.trigger(text)
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.3)
    d.trigger("hello world")
    await asyncio.sleep(0.3)
    print("cancelled calls:", d.cancelled)

asyncio.run(main())
