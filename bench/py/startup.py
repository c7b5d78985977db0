# (a) Start-up: the whole process until its first printed line, printed
# from inside asyncio.run as the C and Node programs print it.
import asyncio


async def main():
    print('first line', flush=True)


if __name__ == '__main__':
    asyncio.run(main())
