# as_completed where some jobs fail: each awaited inside try/except
import asyncio

async def check(url):
    await asyncio.sleep(len(url) / 100)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return f"{url} is up"

async def main():
    urls = ["a.io", "bad.example", "okay.org", "bad.io"]
    up, down = 0, 0
    for fut in asyncio.as_completed([check(u) for u in urls]):
        try:
            print(await fut)
            up += 1
        except ConnectionError as e:
            print("error:", e)
            down += 1
    print(f"{up} up, {down} down")

asyncio.run(main())
