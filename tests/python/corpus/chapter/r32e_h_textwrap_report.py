# wrapping a long summary line of the results with textwrap
import asyncio
import random
import textwrap

random.seed(12)

async def worker(label):
    await asyncio.sleep(0.01)
    return f'{label}{random.randint(1, 10)}'

async def main():
    results = await asyncio.gather(*(worker(c) for c in 'ABCDEFGHIJKLMNOP'))
    summary = 'The workers returned these labelled results, in the order they were created: ' + ', '.join(results) + '.'
    print(textwrap.fill(summary, width=40))
    print(textwrap.indent(textwrap.fill(summary, 30, initial_indent='* ', subsequent_indent='  '), '> '))
    print(textwrap.shorten(summary, width=50, placeholder=' [...]'))
    print(textwrap.dedent('''\
        done:
          all good
    '''), end='')

asyncio.run(main())
