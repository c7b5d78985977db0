# Async queue workers counting words into a shared Counter and defaultdict.
import asyncio
from collections import Counter, defaultdict

TEXTS = {
    "a.txt": "the cat sat on the mat",
    "b.txt": "the dog ate the cat food",
    "c.txt": "a bird sat on a dog",
    "d.txt": "mat food bird",
}

async def worker(name, queue, counts, by_letter):
    while True:
        fname, delay = await queue.get()
        try:
            await asyncio.sleep(delay)
            words = TEXTS[fname].split()
            counts.update(words)
            for w in words:
                by_letter[w[0]].add(w)
            print(f"{name} did {fname} ({len(words)} words)")
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    counts = Counter()
    by_letter = defaultdict(set)
    for i, fname in enumerate(TEXTS):
        queue.put_nowait((fname, 0.05 + 0.1 * i))
    workers = [asyncio.create_task(worker(f"w{i}", queue, counts, by_letter)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(counts.most_common(3))
    print({k: sorted(v) for k, v in sorted(by_letter.items())})
    print(queue.empty(), queue.qsize())

asyncio.run(main())
