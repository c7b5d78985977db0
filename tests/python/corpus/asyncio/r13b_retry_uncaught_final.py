import asyncio

async def unreliable(n):
    await asyncio.sleep(0.001)
    raise TimeoutError(f"server did not answer (try {n})")

async def fetch_with_retry(tries):
    last = None
    for n in range(tries):
        try:
            return await unreliable(n)
        except TimeoutError as e:
            print("retrying after:", e)
            last = e
            await asyncio.sleep(0.01)
    raise RuntimeError("all retries failed") from last

async def main():
    await fetch_with_retry(3)

asyncio.run(main())
