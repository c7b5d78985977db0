# An async iterator class (like the Real Python example) counting down with a sleep each step.
import asyncio

class Countdown:
    def __init__(self, start, delay=0.01):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1

async def main():
    async for n in Countdown(3):
        print("T minus", n)
    print([n async for n in Countdown(5) if n % 2])
    it = Countdown(1)
    print(await anext(it))
    print(await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration raised")

asyncio.run(main())
