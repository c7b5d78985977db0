# A maxsize=1 Queue between a producer and a consumer: the exact alternation of put and get
import asyncio

log = []


async def producer(q):
    for i in range(4):
        log.append(f"put {i} (qsize {q.qsize()})")
        await q.put(i)
    await q.put(None)
    log.append("producer done")


async def consumer(q):
    while (item := await q.get()) is not None:
        log.append(f"  got {item}")
    log.append("consumer done")


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))
    print("\n".join(log))


asyncio.run(main())
