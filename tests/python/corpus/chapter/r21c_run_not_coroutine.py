# asyncio.run given the function instead of a call; the error caught and shown.
import asyncio

async def do_something():
    print('doing')

def main():
    print('Main - Starting')
    try:
        asyncio.run(do_something)
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])
    print('Main - Done')

main()
