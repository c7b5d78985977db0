# A toy round-robin scheduler of my own, built from types.coroutine and coro.send, no asyncio loop
import types
from collections import deque


@types.coroutine
def switch():
    yield "switch"


async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await switch()
    return f"{name} finished"


def run(*coros):
    ready = deque(coros)
    results = []
    while ready:
        coro = ready.popleft()
        try:
            signal = coro.send(None)
            assert signal == "switch"
            ready.append(coro)
        except StopIteration as stop:
            results.append(stop.value)
    return results


print(run(worker("a", 2), worker("b", 3), worker("c", 1)))
