# test_queue.c: a_priority_queue_keeps_cpythons_heap_order_through_errors
import asyncio

POOL = [3, 1, True, 1.0, 0, 2.5, "a", "b", [1], [1, "x"], [0.5], None, False, 2]


async def main():
    q = asyncio.PriorityQueue()
    x = 7
    out = []
    for _ in range(120):
        x = (x * 1103515245 + 12345) % 2**31
        if x % 10 < 6:
            v = POOL[x // 10 % len(POOL)]
            try:
                q.put_nowait(v)
                out.append(f"+{v!r}")
            except TypeError as e:
                out.append(f"+{v!r}:{e}")
        else:
            try:
                out.append(f"-{q.get_nowait()!r}")
            except asyncio.QueueEmpty:
                out.append("-empty")
            except TypeError as e:
                out.append(f"-:{e}")
    print(" ".join(out))
    print(f"left {q.qsize()}")


asyncio.run(main())
