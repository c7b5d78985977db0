import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.current -= 1
        return self.current + 1

class Ticket:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("  awaiting ticket", self.value)
        yield from asyncio.sleep(0.01).__await__()
        return self.value * 100

class AsyncCallable:
    async def __call__(self, x):
        await asyncio.sleep(0.01)
        return f"called with {x}"

async def main():
    async for n in Countdown(3):
        print("tick", n)
    print([n async for n in Countdown(4) if n % 2])
    print(await Ticket(7))
    print(await asyncio.gather(Ticket(1), Ticket(2)))
    print(await AsyncCallable()("arg"))
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        for _ in Countdown(1):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    it = Countdown(1)
    print(await anext(it), await anext(it, "default"))
    await anext(it)

asyncio.run(main())
