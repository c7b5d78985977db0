import asyncio

async def ask(prompt):
    await asyncio.sleep(0.01)
    return input(prompt)

async def do_something():
    print('do_something - asking')
    name = await ask('Your name? ')
    print('Hello', name)

asyncio.run(do_something())
