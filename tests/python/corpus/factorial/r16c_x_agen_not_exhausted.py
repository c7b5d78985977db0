# An async generator of factorials left after a break: its finally runs at shutdown
import asyncio

async def factorials():
    n, f = 0, 1
    try:
        while True:
            yield n, f
            n += 1
            f *= n
            await asyncio.sleep(0.01)
    finally:
        print('generator closed at n =', n)

async def main():
    async for n, f in factorials():
        if f > 1000:
            print('first over 1000:', n, f)
            break
    print('main ends')

asyncio.run(main())
print('after run')
