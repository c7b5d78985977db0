# Word count map/reduce: chunks counted with asyncio.to_thread, merged with Counter
import asyncio
from collections import Counter

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick end to the story of the fox""".split("\n")

def count_chunk(line):
    return Counter(line.split())

async def main():
    parts = await asyncio.gather(*(asyncio.to_thread(count_chunk, l) for l in TEXT))
    total = sum(parts, Counter())
    for word, n in total.most_common(4):
        print(f"{word:>6}: {n}")
    print("distinct:", len(total))
    print("per line:", [sum(p.values()) for p in parts])

asyncio.run(main())
