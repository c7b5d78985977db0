import asyncio


async def score(word):
    await asyncio.sleep(0)
    return len(set(word))


async def main():
    words = ["banana", "kiwi", "cherry"]
    ranked = sorted(words, key=score)
    print(ranked)


asyncio.run(main())
