# jitter.py -- does a corpus program's output depend on how busy the machine
# is?  It runs the program under CPython as a loaded machine would, without
# waiting for its sleeps, and compares.
#
#   python3 tests/python/jitter.py [--seeds N] [--load L] DIR/NAME.py ...
#
# Each program runs N + 1 times, each in a child forked from this process:
# run 0 as a quiet machine would run it, runs 1..N as a loaded one (the seed
# of run k is k, so every run can be repeated).  In each run the clock is
# virtual: time.monotonic, time.time, time.perf_counter and the event loop's
# time() read one counter, which moves only when
#   - the loop waits in select() for its next timer: by the wait (rounded up
#     to 1 ms, as epoll does), plus a wake-up latency;
#   - the loop runs a callback or a task's step: by a few microseconds, and
#     now and then by a preemption (the process lost the CPU mid-iteration);
#   - the program calls time.sleep(d): by d plus a wake-up latency;
#   - anything reads it: by a microsecond (two deadlines set one after the
#     other are never equal, as with CPython's own clock).
# On the quiet run the latencies are a few microseconds; on a loaded one they
# follow what was measured on the project's 2-core machine at a load average
# of 18 (see Clock), times L (default 1.5, as the harness: a wake-up up to
# 97 ms late; N defaults to 12).  Everything else is CPython's own
# asyncio: only when things happen changes, as on a busy machine.  So a
# program whose stdout or exit status changes between the runs has timers
# whose order, or a time it prints, depends on the machine's load: two
# deadlines a few milliseconds apart, reached through different chains of
# sleeps, or a timeout racing a sleep.  (Timers with equal delays set in one
# step keep their order, as in CPython: they are not reported.)  The loaded
# runs also allocate some padding first, so the program's objects land at
# other addresses, as they do in another CPython process: a program that
# prints in the order of a set of tasks (a TaskGroup cancels its children
# in the order of one, wait() returns two) is reported too.
#
# Prints one line per program: "ok area/NAME", or "differs area/NAME: seed
# K: <first difference>" (for the first run that differed; the count of
# differing runs follows).  Exits 1 if any program differs, 2 on bad usage.
# stderr is not compared (CPython's tracebacks here would show runpy's frames).
# corpus.test.mjs runs it on every corpus program that uses asyncio or time.
import asyncio
import io
import math
import os
import random
import runpy
import selectors
import signal
import sys
import threading
import time

USAGE = 'usage: python3 tests/python/jitter.py [--seeds N] [--load L] DIR/NAME.py ...'
CHILD_SECONDS = 20  # a run that takes longer (of real time) is killed


def parse_args(argv):
    seeds, load, paths = 12, 1.5, []  # corpus.mjs's JITTER: the harness's verdict
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('--seeds', '--load'):
            try:
                value = float(argv[i + 1])
            except (IndexError, ValueError):
                print(f'{USAGE}\n({a} needs a number)', file=sys.stderr)
                sys.exit(2)
            if a == '--seeds':
                seeds = int(value)
            else:
                load = value
            i += 2
        elif a.startswith('-'):
            print(f'{USAGE}\n(unknown option {a!r})', file=sys.stderr)
            sys.exit(2)
        else:
            paths.append(a)
            i += 1
    if not paths:
        print(USAGE, file=sys.stderr)
        sys.exit(2)
    return seeds, load, paths


class Clock:
    """The virtual clock and its latencies (load 0: a quiet machine)."""

    def __init__(self, seed, load):
        self.now = 1000.0
        self.rng = random.Random(seed)
        self.load = load

    def read(self):
        self.now += 1e-6
        return self.now

    def wake_latency(self):
        # Measured with CPython on the project's 2-core machine at a load
        # average of 18 (asyncio.sleep(0.01) repeated): late by 11 ms at the
        # median, 23 ms one time in ten, 43 ms one in a hundred, 64 ms at most.
        if not self.load:
            return 5e-6
        r = self.rng.random()
        ms = (self.rng.uniform(0, 12) if r < 0.5 else self.rng.uniform(12, 25) if r < 0.9
              else self.rng.uniform(25, 45) if r < 0.99 else self.rng.uniform(45, 65))
        return ms / 1e3 * self.load

    def step(self):
        # A callback or a task's step takes some microseconds; now and then
        # the process loses the CPU in mid-iteration (on the same machine, one
        # busy millisecond in twenty had a gap of 1 to 16 ms).
        if self.load and self.rng.random() < 0.02:
            return self.rng.uniform(0.001, 0.015) * self.load
        return 5e-6


def install(clock):
    """Points time's clocks, the loop's time() and its selector at `clock`."""
    real_sleep = time.sleep
    epoch = 1.7e9 - clock.now

    def sleep(seconds):
        if seconds < 0:
            raise ValueError('sleep length must be non-negative')
        real_sleep(0)
        clock.now += seconds + clock.wake_latency()

    time.sleep = sleep
    time.monotonic = clock.read
    time.perf_counter = clock.read
    time.time = lambda: clock.read() + epoch
    time.monotonic_ns = lambda: int(clock.read() * 1e9)
    time.perf_counter_ns = lambda: int(clock.read() * 1e9)
    time.time_ns = lambda: int((clock.read() + epoch) * 1e9)
    asyncio.base_events.BaseEventLoop.time = lambda self: clock.read()

    run = asyncio.events.Handle._run

    def run_handle(self):
        clock.now += clock.step()
        return run(self)

    asyncio.events.Handle._run = run_handle

    # A wait on a threading.Condition with a timeout (queue.Queue's put and
    # get, Event.wait) in a program of one thread times out on this clock:
    # no other thread can wake it, and the clock would never reach its end.
    real_wait = threading.Condition.wait

    def wait(self, timeout=None):
        if timeout is None or threading.active_count() > 1:
            return real_wait(self, timeout)
        woken = real_wait(self, 0)
        if not woken and timeout > 0:
            clock.now += timeout + clock.wake_latency()
        return woken

    threading.Condition.wait = wait

    base = selectors.DefaultSelector
    real_select = base.select

    def select(self, timeout=None):
        if timeout is None:  # nothing scheduled: wait for real, as CPython would
            return real_select(self, None)
        ready = real_select(self, 0)
        if ready:
            return ready
        if timeout > 0:
            clock.now += math.ceil(timeout * 1e3) / 1e3 + clock.wake_latency()
        return real_select(self, 0)

    base.select = select


def child(path, seed, load, w):
    """In the forked child: runs the program with its stdout into w; never returns."""
    status = 1
    try:
        signal.alarm(CHILD_SECONDS)
        os.dup2(w, 1)
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 2)
        sys.stdout = io.TextIOWrapper(os.fdopen(1, 'wb', buffering=0), write_through=True)
        sys.stderr = io.TextIOWrapper(os.fdopen(2, 'wb', buffering=0), write_through=True)
        folder, name = os.path.split(os.path.abspath(path))
        os.chdir(folder)
        sys.path.insert(0, folder)
        stdin = os.path.splitext(name)[0] + '.stdin'
        sys.stdin = open(stdin if os.path.exists(stdin) else os.devnull, encoding='utf-8')
        sys.argv = [name]
        install(Clock(seed, load))
        if seed:
            # The objects the program makes land at other addresses, as in
            # another CPython process: a set of tasks (a TaskGroup's
            # children it cancels, wait()'s done and pending) iterates in the
            # order of their addresses, which differs between CPython's runs.
            rng = random.Random(seed)
            padding = [bytes(rng.randrange(2, 480)) for _ in range(rng.randrange(1, 400))]  # noqa: F841
        status = 0
        try:
            runpy.run_path(name, run_name='__main__')
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException:
            status = 1
        sys.stdout.flush()
    finally:
        os._exit(status & 0xFF)


def run_once(path, seed, load):
    """Runs the program once; returns (stdout, exit status)."""
    r, w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        child(path, seed, load, w)
    os.close(w)
    chunks = []
    while True:
        data = os.read(r, 65536)
        if not data:
            break
        chunks.append(data)
    os.close(r)
    _, st = os.waitpid(pid, 0)
    return b''.join(chunks).decode('utf-8', 'replace'), os.waitstatus_to_exitcode(st)


def first_difference(got, want):
    g, w = got[0].split('\n'), want[0].split('\n')
    for i in range(max(len(g), len(w))):
        x = g[i] if i < len(g) else '(end)'
        y = w[i] if i < len(w) else '(end)'
        if x != y:
            return f'line {i + 1}: {x!r} instead of {y!r}'
    return f'exit status {got[1]} instead of {want[1]}'


def main():
    seeds, load, paths = parse_args(sys.argv[1:])
    differ = 0
    for path in paths:
        label = os.path.join(*os.path.abspath(path).split(os.sep)[-2:])[:-3]
        quiet = run_once(path, 0, 0)
        if quiet[1] == -signal.SIGALRM:
            # Something waited for real (a lock, a thread): every run would
            # take CHILD_SECONDS and end the same way, proving nothing.
            differ += 1
            print(f'differs {label}: run 0 took over {CHILD_SECONDS} s of real time '
                  '(it waits for something this clock does not move)', flush=True)
            continue
        runs = [(seed, run_once(path, seed, load)) for seed in range(1, seeds + 1)]
        bad = [(seed, got) for seed, got in runs if got != quiet]
        if bad:
            differ += 1
            seed, got = bad[0]
            print(f'differs {label}: seed {seed}: {first_difference(got, quiet)} '
                  f'({len(bad)} of {seeds} loaded runs differ)', flush=True)
        else:
            print(f'ok {label}', flush=True)
    sys.exit(1 if differ else 0)


if __name__ == '__main__':
    main()
