# Factorial-style batch: gathered results classified and counted with Counter and defaultdict.
from collections import Counter, defaultdict
import asyncio
async def classify(n):
    await asyncio.sleep(0.001 * n)
    return 'even' if n % 2 == 0 else 'odd'
async def main():
    kinds = await asyncio.gather(*(classify(n) for n in range(10)))
    c = Counter(kinds)
    print(c, c.most_common(1)[0])
    by_kind = defaultdict(list)
    for n, k in zip(range(10), kinds):
        by_kind[k].append(n)
    for k in sorted(by_kind):
        print(k, by_kind[k])
    print(sum(c.values()), list(c), c['odd'] - c['even'])
asyncio.run(main())
