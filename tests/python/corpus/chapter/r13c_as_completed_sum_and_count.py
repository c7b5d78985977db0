import asyncio

async def square(n):
    await asyncio.sleep(0.1 * (6 - n))
    return n * n

async def do_something():
    total = 0
    count = 0
    tasks = [asyncio.create_task(square(n)) for n in range(1, 6)]
    for next_done in asyncio.as_completed(tasks):
        value = await next_done
        total += value
        count += 1
        print(f'{count}: got {value:2d}, running total {total}')
    print('average:', total / count)
    print('as a fraction of 55:', f'{total / 55:.1%}')

asyncio.run(do_something())
