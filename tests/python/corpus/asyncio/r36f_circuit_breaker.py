# A tiny circuit breaker: after 3 failures it opens and rejects calls until a cooldown passes.
import asyncio

class CircuitOpen(Exception):
    pass

class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold, self.cooldown = threshold, cooldown
        self.failures, self.opened_at = 0, None

    async def call(self, coro_fn, *args):
        loop = asyncio.get_running_loop()
        if self.opened_at is not None:
            if loop.time() - self.opened_at < self.cooldown:
                raise CircuitOpen("circuit is open")
            self.opened_at, self.failures = None, 0
            print("half-open: trying again")
        try:
            return await coro_fn(*args)
        except ConnectionError:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = loop.time()
            raise

async def service(ok):
    await asyncio.sleep(0.01)
    if not ok:
        raise ConnectionError("service down")
    return "200 OK"

async def main():
    b = Breaker(3, cooldown=0.2)
    for ok in [False, False, False, True, True]:
        try:
            print(await b.call(service, ok))
        except (ConnectionError, CircuitOpen) as e:
            print(type(e).__name__, "-", e)
    await asyncio.sleep(0.3)
    print(await b.call(service, True))

asyncio.run(main())
