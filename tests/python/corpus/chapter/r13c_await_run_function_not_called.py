import asyncio

async def do_something():
    print('do_something - running')
    await asyncio.sleep(0.01)
    return 'ok'

def main():
    print('Main - Starting')
    try:
        asyncio.run(do_something)
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])
    print('Main - Done')

if __name__ == '__main__':
    main()
