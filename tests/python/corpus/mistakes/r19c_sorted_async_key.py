# Using an async function as a sort key / in map without awaiting
import asyncio

async def score(word):
    await asyncio.sleep(0)
    return len(word)

async def main():
    words = ["pear", "fig", "banana"]
    scores = await asyncio.gather(*map(score, words))
    print(sorted(zip(scores, words)))
    lengths = list(map(score, words))
    print([type(x).__name__ for x in lengths])
    for c in lengths:
        c.close()
    print(sorted(words, key=score))

asyncio.run(main())
