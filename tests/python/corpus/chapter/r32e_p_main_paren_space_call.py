# asyncio.run (do_something) with a space and no call, plus a print after
import asyncio

async def do_something():
    await asyncio.sleep(0.01)
    print('do_something ran')

def main() :
    print('Main - Starting')
    asyncio.run (do_something ())
    asyncio.run (do_something)
    print('Main - Done')

if __name__ == '__main__':
    try:
        main()
    except ValueError as e:
        print('ValueError:', str(e)[:26])
