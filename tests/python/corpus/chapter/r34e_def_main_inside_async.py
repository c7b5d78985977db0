# I indented main() under do_something by accident
import asyncio

async def do_something():
    print('do_something - will wait for worker')
    await asyncio.sleep(0.01)

    def main():
        print('Main - Starting')
        asyncio.run(do_something())
        print('Main - Done')

if __name__ == '__main__':
    main()
