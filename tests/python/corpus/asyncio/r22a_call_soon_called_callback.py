# A common slip: calling the callback instead of passing it to call_soon.
import asyncio

def greet(name):
    print('hello', name)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(greet('now'))
    loop.call_soon(greet, 'later')
    await asyncio.sleep(0.01)
    print('main done')

asyncio.run(main())
# (end of the program)
