import asyncio


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        await asyncio.sleep(0.001)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} refused")
        return "200 OK"


async def retry(func, attempts=5, base=0.005):
    for attempt in range(attempts):
        try:
            return await func()
        except ConnectionError as e:
            delay = base * 2 ** attempt
            print(f"{e}; retrying in {delay * 1000:.0f} ms")
            await asyncio.sleep(delay)
    raise RuntimeError("out of retries")


async def main():
    print(await retry(Flaky(3)))


asyncio.run(main())
