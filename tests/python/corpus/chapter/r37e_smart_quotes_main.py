# pasted main() from the PDF and the quotes came out curly
import asyncio

async def do_something():
    await asyncio.sleep(0.01)
    print('do_something - done')

def main():
    print(‘Main - Starting’)
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
