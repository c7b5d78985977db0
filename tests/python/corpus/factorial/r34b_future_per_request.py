# A factorial "server" task reads (n, future) requests from a queue and answers through the futures.
import asyncio


async def server(requests):
    cache = {0: 1}
    while True:
        n, fut = await requests.get()
        if n is None:
            print("server: shutting down")
            return len(cache)
        if n < 0:
            fut.set_exception(ValueError(f"no factorial for {n}"))
            continue
        for k in range(max(cache) + 1, n + 1):
            await asyncio.sleep(0.002)
            cache[k] = cache[k - 1] * k
        fut.set_result(cache[n])


async def ask(requests, n):
    fut = asyncio.get_running_loop().create_future()
    await requests.put((n, fut))
    return await fut


async def main():
    requests = asyncio.Queue()
    srv = asyncio.create_task(server(requests))
    answers = await asyncio.gather(ask(requests, 5), ask(requests, 3), ask(requests, -1),
                                   ask(requests, 8), return_exceptions=True)
    print(answers)
    await requests.put((None, None))
    print("cache size:", await srv)


asyncio.run(main())
