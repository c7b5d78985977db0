# Mistake: __anext__ written as a plain method returning values, not awaitables
import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1

async def main():
    seen = []
    try:
        async for n in Countdown(3):
            seen.append(n)
    except TypeError as e:
        print("TypeError:", e)
    print("seen:", seen)
    async for n in Countdown(0):
        print("never")
    print("empty countdown ends cleanly")
    async for n in Countdown(2):
        print(n)

asyncio.run(main())
