# call_at with absolute loop times, scheduled out of order, fire in time order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    done = loop.create_future()
    seen = []
    def mark(name):
        seen.append(name)
        if len(seen) == 3:
            done.set_result(seen)
    loop.call_at(now + 0.3, mark, 'third')
    loop.call_at(now + 0.1, mark, 'first')
    loop.call_at(now + 0.2, mark, 'second')
    print(await done)

asyncio.run(main())
