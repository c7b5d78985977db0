# A debouncer: each call cancels the pending TimerHandle and schedules a new one
import asyncio

class Debouncer:
    def __init__(self, delay, fn):
        self.delay, self.fn, self.handle = delay, fn, None

    def __call__(self, *args):
        if self.handle is not None:
            self.handle.cancel()
        self.handle = asyncio.get_running_loop().call_later(self.delay, self.fn, *args)

async def main():
    fired = []
    save = Debouncer(0.2, fired.append)
    for text in ["h", "he", "hel", "hell", "hello"]:
        save(text)
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.4)
    save("hello!")
    await asyncio.sleep(0.3)
    print(fired)

asyncio.run(main())
