# test_queue.c: lifo_and_priority_queues_give_items_in_their_order
import asyncio


def drain(q):
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    return out


async def main():
    lq = asyncio.LifoQueue()
    for x in [1, "two", [3]]:
        lq.put_nowait(x)
    print(drain(lq))
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2.5, True, 1.0, 0, -1, 10**20, 2**53 + 1, float(2**53)]:
        pq.put_nowait(x)
    print(drain(pq))
    pq = asyncio.PriorityQueue()
    for x in ["b", "a", "ab", "é", "Z", "", "aa"]:
        pq.put_nowait(x)
    print(drain(pq))
    pq = asyncio.PriorityQueue()
    for x in [[2, "b"], [1, "z"], [1, "a"], [1], [], [1, "a", None], [2]]:
        pq.put_nowait(x)
    print(drain(pq))


asyncio.run(main())
