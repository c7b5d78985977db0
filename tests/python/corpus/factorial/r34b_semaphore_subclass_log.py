# A Semaphore subclass that logs every acquire and release while factorials run two at a time.
import asyncio


class LoggingSemaphore(asyncio.Semaphore):
    def __init__(self, value, name):
        super().__init__(value)
        self.name = name

    async def acquire(self):
        print(f"[{self.name}] acquire requested (value={self._value})")
        result = await super().acquire()
        print(f"[{self.name}] acquired -> {result}")
        return result

    def release(self):
        super().release()
        print(f"[{self.name}] released (value={self._value})")


async def factorial(n, sem):
    async with sem:
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.05)
            r *= i
        return r


async def main():
    sem = LoggingSemaphore(2, "pool")
    print(await asyncio.gather(factorial(3, sem), factorial(4, sem), factorial(2, sem)))


asyncio.run(main())
