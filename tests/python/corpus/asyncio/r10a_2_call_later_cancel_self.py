import asyncio

async def main():
    loop = asyncio.get_running_loop()
    handles = []
    def tick(n):
        print('tick', n)
        if n == 1:
            for h in handles[2:]:
                h.cancel()
    for n in range(5):
        handles.append(loop.call_later(0.01 * (n + 1), tick, n))
    await asyncio.sleep(0.1)
    print([h.cancelled() for h in handles])
    print(sorted(handles, key=lambda h: h.when()) == handles)

asyncio.run(main())
