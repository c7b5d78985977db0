import asyncio

async def main():
    url = "https://example.com"
    page = await url
    print(len(page))

asyncio.run(main())
