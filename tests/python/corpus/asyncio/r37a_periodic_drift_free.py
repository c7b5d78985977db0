# A periodic job scheduled against loop.time() deadlines with call_at, stopped after five runs
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    runs = []
    finished = loop.create_future()

    def tick(n, when):
        runs.append(n)
        if n == 4:
            finished.set_result(len(runs))
            return
        loop.call_at(when + 0.03, tick, n + 1, when + 0.03)

    loop.call_at(start + 0.03, tick, 0, start + 0.03)
    count = await finished
    elapsed = loop.time() - start
    print("runs:", runs, "count:", count)
    print("at least 0.15 s passed:", elapsed >= 0.15 - 1e-9)


asyncio.run(main())
