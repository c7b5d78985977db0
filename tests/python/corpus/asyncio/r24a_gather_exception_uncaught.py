import asyncio

async def download(url):
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise ConnectionError(f"could not reach {url}")
    return len(url)

async def main():
    urls = ["http://a.example", "http://bad.example", "http://c.example"]
    sizes = await asyncio.gather(*[download(u) for u in urls])
    print(sizes)

if __name__ == "__main__":
    asyncio.run(main())
