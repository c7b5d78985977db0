# A loop subclass logs every call_later; asyncio.sleep and wait_for schedule their timers through it
import asyncio


class TimerLog(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.delays = []

    def call_later(self, delay, callback, *args, context=None):
        self.delays.append(round(delay, 3))
        return super().call_later(delay, callback, *args, context=context)


async def main():
    await asyncio.sleep(0.01)
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except TimeoutError:
        pass
    return asyncio.get_running_loop().delays


with asyncio.Runner(loop_factory=TimerLog) as r:
    print(r.run(main()))
