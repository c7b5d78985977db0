# Emoji and accents in an f-string before a misspelt name: NameError with a suggestion and carets
import asyncio


async def main():
    résultat = 42
    await asyncio.sleep(0.1)
    print(f'🎉 Fertig — {résultat} ✓', f'{resultat:>5}')


asyncio.run(main())
