# an awaitable class of one's own (__await__) used as the step delay
import asyncio

class Pause:
    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.seconds

async def factorial(n):
    total, waited = 1, 0
    for i in range(2, n + 1):
        waited += await Pause(0.01)
        total *= i
    return total, round(waited, 2)

async def main():
    print(await factorial(6))
    print(await asyncio.gather(factorial(3), factorial(4)))
    print(await asyncio.wait_for(Pause(0.01), 1))

asyncio.run(main())
