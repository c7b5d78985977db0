# main written without async, so asyncio.run gets its return value: ValueError
import asyncio


def main():
    print('hello')
    return 'finished'


print('Main - Starting')
asyncio.run(main())
print('Main - Done')
