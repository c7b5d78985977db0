"""cpython_iterations.py -- runs a program under CPython 3.11 and prints, as
JSON lines, each line it writes to stdout with the number of the event
loop's iteration it was written in: {"iter": N, "text": "..."}, with iter
null outside any iteration.  N counts BaseEventLoop._run_once calls of
the running loop from 1 (a new loop counts afresh), which is what
casyncio's events call "iter" (docs/events.md).

The loop runs on a virtual clock, as casyncio's `--clock virtual` does:
loop.time() starts at 0 and, when the loop would wait for its next timer,
jumps to it instead of sleeping.  On the real clock the count depends on
the machine's load (timers due a few microseconds apart fall into one turn
or two), so a test could not compare with it.

Usage: python3 cpython_iterations.py program.py [seed]
"""
import asyncio
import asyncio.base_events as base_events
import bisect
import selectors
import json
import os
import runpy
import sys

state = {'loop': None, 'iter': 0, 'inside': False, 'now': 0.0}
run_once = base_events.BaseEventLoop._run_once


def virtual_select(self, timeout=None):
    """The selector's select, with waiting replaced by a jump of the clock.
    (A method patched on the class, not a wrapper made per loop: a program
    whose output depends on memory addresses, such as as_completed's set
    of coroutines, must see the heap as it is without this script.)"""
    events = real_select(self, 0)
    if not events and timeout is not None and timeout > 0:
        state['now'] += timeout
    return events


def counting_run_once(self):
    if state['loop'] is not self:
        state['loop'] = self
        state['iter'] = 0
        state['now'] = 0.0
    state['iter'] += 1
    state['inside'] = True
    try:
        run_once(self)
    finally:
        state['inside'] = False


base_events.BaseEventLoop._run_once = counting_run_once



class StableHeap:
    """heapq for the loop's timers, keeping equal deadlines in the order
    they were set: the list stays sorted (a sorted list is a heap).  On the
    real clock two timers set one after another are never due at the same
    instant; on a virtual clock they are, and heapq's own order for equal
    keys is not the order of setting them."""
    heappush = staticmethod(bisect.insort_right)
    heappop = staticmethod(lambda heap: heap.pop(0))
    heapify = staticmethod(lambda heap: heap.sort())


base_events.heapq = StableHeap


def as_completed_in_order(fs, *, timeout=None):
    """as_completed, starting the coroutines in the order they are given.
    CPython's walks set(fs), whose order for coroutines comes from their
    addresses, so any change to the heap (this script's included) can change
    it; casyncio starts them in argument order (tutorials/NOTES.md (a))."""
    return as_completed(list(map(asyncio.ensure_future, dict.fromkeys(fs))), timeout=timeout)


as_completed = asyncio.tasks.as_completed
asyncio.as_completed = asyncio.tasks.as_completed = as_completed_in_order
base_events.BaseEventLoop.time = lambda self: state['now']
real_select = selectors.DefaultSelector.select
selectors.DefaultSelector.select = virtual_select


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
