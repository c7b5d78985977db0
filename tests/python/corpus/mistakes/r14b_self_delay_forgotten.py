# Mistake: an async method uses delay instead of self.delay (NameError with "Did you mean: 'self.delay'?").
import asyncio


class Pinger:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay

    async def ping(self):
        await asyncio.sleep(delay)
        print(self.name, 'pinged')


async def main():
    await asyncio.gather(Pinger('a', 0.01).ping(), Pinger('b', 0.02).ping())


asyncio.run(main())
