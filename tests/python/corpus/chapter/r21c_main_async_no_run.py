# main made async but called like a plain function.
import asyncio

async def main():
    print('Main - Starting')
    await asyncio.sleep(0.1)
    print('Main - Done')

if __name__ == '__main__':
    main()
    print('after main()')
