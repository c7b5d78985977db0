# do_somthing misspelt at the call site.
import asyncio

async def do_something():
    await asyncio.sleep(0.1)

def main():
    print('Main - Starting')
    asyncio.run(do_somthing())

main()
