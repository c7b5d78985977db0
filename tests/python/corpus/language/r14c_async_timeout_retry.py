# A flaky "fetch" with asyncio.wait_for, retried with a seeded random until it succeeds.
import asyncio
import random

random.seed(3)

async def fetch(url):
    delay = random.choice([0.05, 0.3])
    await asyncio.sleep(delay)
    return f"<html>{url}</html>"

async def fetch_retry(url, tries=5):
    for attempt in range(1, tries + 1):
        try:
            page = await asyncio.wait_for(fetch(url), timeout=0.15)
            print(f"{url}: attempt {attempt} ok")
            return page
        except asyncio.TimeoutError:
            print(f"{url}: attempt {attempt} timed out")
    raise RuntimeError(f"{url} failed after {tries} tries")

async def main():
    for url in ["a.com", "b.org", "c.net"]:
        print(await fetch_retry(url))

asyncio.run(main())
