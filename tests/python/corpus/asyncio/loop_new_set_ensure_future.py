import asyncio

async def fact(n):
    return 1 if n <= 1 else n * await fact(n - 1)

async def main():
    tasks = [asyncio.ensure_future(fact(n)) for n in (4, 6)]
    done, pending = await asyncio.wait(tasks)
    for t in sorted(done, key=lambda t: t.result()):
        print(t.result())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    loop.run_until_complete(main())
finally:
    loop.close()
print(loop.is_closed())
