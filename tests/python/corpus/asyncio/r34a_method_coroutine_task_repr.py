# Task reprs for coroutines of methods, nested functions and a classmethod, paths shortened
import asyncio


class Crawler:
    async def crawl(self):
        await asyncio.sleep(0.05)

    @classmethod
    async def build(cls):
        await asyncio.sleep(0.05)


async def main():
    async def inner():
        await asyncio.sleep(0.05)

    tasks = [asyncio.create_task(c, name=n) for n, c in
             [("m", Crawler().crawl()), ("cm", Crawler.build()), ("in", inner())]]
    await asyncio.sleep(0)
    for t in tasks:
        r = repr(t).replace(__file__, "F")
        print(r[:r.index(" wait_for=")] if " wait_for=" in r else r)
    await asyncio.gather(*tasks)
    for t in tasks:
        print(repr(t).replace(__file__, "F"))


asyncio.run(main())
