"""cpython_iterations.py -- runs a program under CPython 3.11 and prints, as
JSON lines, each line it writes to stdout with the number of the event
loop's iteration it was written in: {"iter": N, "text": "..."}, with iter
null outside any iteration.  N counts BaseEventLoop._run_once calls of
the running loop from 1 (a new loop counts afresh), which is what
casyncio's events call "iter" (docs/events.md).

Usage: python3 cpython_iterations.py program.py [seed]
"""
import asyncio.base_events as base_events
import json
import os
import runpy
import sys

state = {'loop': None, 'iter': 0, 'inside': False}
run_once = base_events.BaseEventLoop._run_once


def counting_run_once(self):
    if state['loop'] is not self:
        state['loop'] = self
        state['iter'] = 0
    state['iter'] += 1
    state['inside'] = True
    try:
        run_once(self)
    finally:
        state['inside'] = False


base_events.BaseEventLoop._run_once = counting_run_once


class Lines:
    """stdout, one JSON line per line written, with the iteration."""

    def __init__(self, out):
        self.out = out
        self.partial = ''

    def write(self, text):
        self.partial += text
        while '\n' in self.partial:
            line, self.partial = self.partial.split('\n', 1)
            it = state['iter'] if state['inside'] else None
            self.out.write(json.dumps({'iter': it, 'text': line}) + '\n')
        return len(text)

    def flush(self):
        self.out.flush()


if len(sys.argv) > 2:
    os.environ['CASYNCIO_SEED'] = sys.argv[2]
sys.stdout = Lines(sys.__stdout__)
sys.argv = sys.argv[1:2]
runpy.run_path(sys.argv[0], run_name='__main__')
sys.stdout.flush()
