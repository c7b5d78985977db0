import asyncio

async def fetch(url, retries):
    await asyncio.sleep(0.01)
    return f"{url} ok after {retries}"

async def main():
    print(await fetch("a.com", 1))
    print(await fetch("b.com"))

asyncio.run(main())
