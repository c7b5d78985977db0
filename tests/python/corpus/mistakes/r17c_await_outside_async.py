# await in a plain function: a SyntaxError before anything runs
import asyncio

print('this line never prints')


def main():
    await asyncio.sleep(1)
    print('slept')


main()
