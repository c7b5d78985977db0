import asyncio

async def fetch_page(site, page):
    await asyncio.sleep(0.002 * (page + len(site) % 3))
    return f"{site}/{page}"

async def crawl(site, pages):
    results = await asyncio.gather(*(fetch_page(site, p) for p in range(pages)))
    return site, results

async def main():
    sites = {"alpha.org": 3, "beta.net": 2, "gamma.io": 4}
    all_results = await asyncio.gather(*(crawl(s, n) for s, n in sites.items()))
    for site, pages in all_results:
        print(site, len(pages), pages[-1])
    merged = dict(all_results)
    print(sum(len(v) for v in merged.values()))

asyncio.run(main())
