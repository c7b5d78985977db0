# A simple circuit breaker around a flaky async call
import asyncio
import enum

class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"

class CircuitOpen(Exception):
    pass

class Breaker:
    def __init__(self, threshold):
        self.threshold = threshold
        self.failures = 0
        self.state = State.CLOSED

    async def call(self, fn, *args):
        if self.state is State.OPEN:
            raise CircuitOpen("circuit is open")
        try:
            result = await fn(*args)
        except ZeroDivisionError:
            self.failures += 1
            if self.failures >= self.threshold:
                self.state = State.OPEN
            raise
        self.failures = 0
        return result

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def main():
    br = Breaker(2)
    for a, b in [(1, 2), (1, 0), (3, 4), (1, 0), (1, 0), (5, 1)]:
        try:
            print(f"{a}/{b} =", await br.call(divide, a, b))
        except (ZeroDivisionError, CircuitOpen) as e:
            print(f"{a}/{b} failed: {type(e).__name__}: {e}", br.state)
    print(br.state, repr(br.state), br.failures)

asyncio.run(main())
