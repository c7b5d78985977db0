# three of the chapter's listings in one program, picked from a menu by input()
import asyncio
import random

async def worker(label='', delay=0.1):
    await asyncio.sleep(delay)
    return label + str(random.randint(1, 10))

async def listing_await():
    print('result:', await worker())

async def listing_gather():
    print('results from calls:', await asyncio.gather(worker(), worker(), worker()))

async def listing_as_completed():
    # 0.1 s apart: as_completed starts its set of tasks in CPython's order by address
    for f in asyncio.as_completed([worker('A', 0.1), worker('B', 0.2)]):
        print('result:', (await f)[0])

menu = {'1': listing_await, '2': listing_gather, '3': listing_as_completed}
random.seed(10)
while (choice := input('Listing (1-3, q to quit): ').strip()) != 'q':
    if choice not in menu:
        print(f'no listing {choice!r}')
        continue
    print(f'--- running {menu[choice].__name__}')
    asyncio.run(menu[choice]())
print('bye')
