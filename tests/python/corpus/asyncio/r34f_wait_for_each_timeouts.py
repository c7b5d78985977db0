# Give each request its own timeout and collect results and timeouts with return_exceptions.
import asyncio

async def request(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name}: 200 OK"
    except asyncio.CancelledError:
        print(f"{name}: cancelled by timeout")
        raise

async def main():
    delays = {"fast": 0.01, "medium": 0.03, "slow": 0.3, "stuck": 10}
    coros = [asyncio.wait_for(request(n, d), timeout=0.15) for n, d in delays.items()]
    results = await asyncio.gather(*coros, return_exceptions=True)
    for name, r in zip(delays, results):
        print(f"{name:>7}: {r!r}")
    print(sum(isinstance(r, asyncio.TimeoutError) for r in results), "timed out")
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
