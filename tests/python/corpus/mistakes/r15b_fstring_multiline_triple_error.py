# Mistake: an error in the third line of a triple-quoted f-string report.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return {"id": n, "took": n * 0.5}

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(3)))
    for r in results:
        report = f"""
worker {r['id']}
  took {r['took']:.2f}s
  ratio {r['took'] / r['id']:.1%}
"""
        print(report, end="")

asyncio.run(main())
