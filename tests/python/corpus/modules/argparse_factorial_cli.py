# the factorial exercise as a command-line tool: argparse's parsing, help and errors
import argparse
import asyncio
import math

def build_parser():
    p = argparse.ArgumentParser(prog='factorials', description='Compute factorials concurrently.')
    p.add_argument('numbers', metavar='N', type=int, nargs='+', help='the numbers')
    p.add_argument('-d', '--delay', type=float, default=0.01, help='seconds per step (default: %(default)s)')
    p.add_argument('-v', '--verbose', action='count', default=0)
    p.add_argument('--format', choices=['plain', 'digits'], default='plain')
    return p

async def factorial(n, delay, verbose):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        result *= i
        if verbose > 1:
            print(f'  {n}: step {i}')
    return result

async def main(args):
    results = await asyncio.gather(*(factorial(n, args.delay, args.verbose) for n in args.numbers))
    for n, r in zip(args.numbers, results):
        print(f'{n}! = {r}' if args.format == 'plain' else f'{n}! has {len(str(r))} digits')

parser = build_parser()
args = parser.parse_args(['3', '5', '-vv', '--delay', '0.001'])
print(args)
asyncio.run(main(args))
asyncio.run(main(parser.parse_args(['20', '--format', 'digits'])))
parser.print_help()
print(parser.format_usage(), end='')
ns, rest = parser.parse_known_args(['4', '--colour', 'red'])
print(ns.numbers, rest)
parser.parse_args(['4', '--format', 'hex'])
