# Each request gets its own wait_for timeout inside gather; failures are kept as values
import asyncio

async def request(i, delay):
    await asyncio.sleep(delay)
    return f"resp{i}"

async def main():
    delays = [0.01, 0.3, 0.02, 0.4]
    results = await asyncio.gather(
        *(asyncio.wait_for(request(i, d), timeout=0.15) for i, d in enumerate(delays)),
        return_exceptions=True,
    )
    for i, r in enumerate(results):
        print(i, repr(r))
    print(sum(isinstance(r, TimeoutError) for r in results), "timed out")

asyncio.run(main())
