# __await__ returning a hand-written iterator (not a generator) whose StopIteration carries the result
import asyncio


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return None


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        return CountdownIter(self.n)


async def main():
    print(await Countdown(3))
    print(await asyncio.gather(Countdown(1), Countdown(0)))
    it = Countdown(2).__await__()
    print(type(it).__name__, next(it), next(it))
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)


asyncio.run(main())
