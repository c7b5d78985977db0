# passed the function itself to asyncio.run (no parentheses)
import asyncio

async def do_something():
    print('do_something')
    await asyncio.sleep(0.01)

def main():
    print('Main - Starting')
    try:
        asyncio.run(do_something)
    except ValueError as e:
        print('ValueError:', str(e).split(',')[0])
    print('Main - Done')

if __name__ == '__main__':
    main()
