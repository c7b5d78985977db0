# A producer/consumer of words through an asyncio.Queue, with a None sentinel.
import asyncio

async def producer(q, text):
    for word in text.split():
        await q.put(word)
        print("put", word)
        await asyncio.sleep(0.01)
    await q.put(None)

async def consumer(q):
    counts = {}
    while True:
        word = await q.get()
        if word is None:
            break
        w = word.lower().strip(".,")
        counts[w] = counts.get(w, 0) + 1
        print("  got", word)
    return counts

async def main():
    q = asyncio.Queue(maxsize=2)
    _, counts = await asyncio.gather(producer(q, "The cat saw the dog. The end."), consumer(q))
    print(sorted(counts.items()))

asyncio.run(main())
