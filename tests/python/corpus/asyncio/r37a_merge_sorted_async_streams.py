# Merging several sorted async streams into one sorted stream with a heap of pending anext() results
import asyncio
import heapq


async def stream(name, values, delay):
    for v in values:
        await asyncio.sleep(delay)
        yield v, name


async def merge(*streams):
    heap = []
    for idx, s in enumerate(streams):
        try:
            heapq.heappush(heap, (await anext(s), idx))
        except StopAsyncIteration:
            pass
    while heap:
        (value, name), idx = heapq.heappop(heap)
        yield value, name
        try:
            heapq.heappush(heap, (await anext(streams[idx]), idx))
        except StopAsyncIteration:
            pass


async def main():
    merged = merge(stream("a", [1, 4, 9], 0.01), stream("b", [2, 3, 10], 0.02),
                   stream("c", [], 0.01), stream("d", [0, 5], 0.005))
    print([f"{v}{n}" async for v, n in merged])


asyncio.run(main())
