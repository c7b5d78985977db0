# A circuit breaker opens after two failures and fails fast until a cool-down passes
import asyncio


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold, cooldown):
        self.failures = 0
        self.threshold = threshold
        self.cooldown = cooldown
        self.opened_at = None

    async def call(self, coro_fn):
        loop = asyncio.get_running_loop()
        if self.opened_at is not None:
            if loop.time() - self.opened_at < self.cooldown:
                raise CircuitOpen("fast fail")
            self.opened_at = None
            self.failures = 0
        try:
            return await coro_fn()
        except OSError:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = loop.time()
            raise


async def main():
    outcomes = iter([False, False, True, True])
    async def service():
        await asyncio.sleep(0.01)
        if next(outcomes, True):
            return "fine"
        raise OSError("down")

    b = Breaker(2, 0.2)
    pauses = [0.01, 0.01, 0.05, 0.3, 0.01, 0.01]
    for step in range(6):
        try:
            print(step, await b.call(service))
        except (OSError, CircuitOpen) as e:
            print(step, type(e).__name__, e)
        await asyncio.sleep(pauses[step])


asyncio.run(main())
