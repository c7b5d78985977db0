import asyncio
import time

class Timer:
    async def __aenter__(self):
        self.start = time.monotonic()
        print('timer started')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.elapsed = time.monotonic() - self.start
        print('timer stopped, exception:', exc_type)
        return False

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    async with Timer() as t:
        print(await asyncio.gather(factorial(3), factorial(5)))
    print(f'took at least half a second: {t.elapsed >= 0.45}, under two: {t.elapsed < 2}')

asyncio.run(main())
