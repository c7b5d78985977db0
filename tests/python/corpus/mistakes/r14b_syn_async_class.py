# Mistake: "async" put in front of a class that has async methods.
import asyncio


async class Downloader:
    async def fetch(self, url):
        await asyncio.sleep(0.01)
        return url.upper()


async def main():
    print(await Downloader().fetch('example'))


asyncio.run(main())
