# Mistake: a call spanning several lines fails (CPython shows only its first line, without markers).
import asyncio


async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label}:{delay}'


async def main():
    results = await asyncio.gather(
        worker('A', 0.01),
        worker('B', 0.02),
    )
    summary = ', '.join(
        results
    ) + len(results)
    print(summary)


asyncio.run(main())
