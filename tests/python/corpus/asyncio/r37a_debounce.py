# Debouncing: each new event reschedules a loop.call_later handle; only the last of a burst fires
import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.handle = None

    def trigger(self, value):
        if self.handle is not None:
            self.handle.cancel()
        loop = asyncio.get_running_loop()
        self.handle = loop.call_later(self.delay, self.action, value)


async def main():
    fired = []
    d = Debouncer(0.12, fired.append)
    for burst in (["a", "b", "c"], ["d"], ["e", "f"]):
        for v in burst:
            d.trigger(v)
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.25)
        print("after burst", burst, "->", fired)
    print("last handle cancelled?", d.handle.cancelled())


asyncio.run(main())
