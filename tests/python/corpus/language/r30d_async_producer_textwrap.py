# A producer/consumer pair passing sentences through a Queue; the consumer wraps them with textwrap
import asyncio
import textwrap

SENTENCES = [
    "Coroutines are functions that can pause and resume.",
    "An event loop runs them, one step at a time, switching at each await.",
    "Tasks wrap coroutines so that they run concurrently.",
]


async def producer(q):
    for s in SENTENCES:
        await asyncio.sleep(0.01)
        await q.put(s)
    await q.put(None)


async def consumer(q, width):
    n = 0
    while (s := await q.get()) is not None:
        n += 1
        print(textwrap.fill(s, width, initial_indent=f"{n}. ", subsequent_indent="   "))
    return n


async def main():
    q = asyncio.Queue(maxsize=1)
    _, count = await asyncio.gather(producer(q), consumer(q, 28))
    print("consumed", count, "maxsize", q.maxsize, q.full())


asyncio.run(main())
