# Accented words before the error on the same line: the carets count characters, not bytes
import asyncio


async def prix(n):
    await asyncio.sleep(0.1)
    return n * 2


async def main():
    total = await prix(3)
    print('café', 'crème', total)
    print('Résultat : ' + 'é' * 3 + total)


asyncio.run(main())
