// asyncio-refused.test.mjs -- what casyncio's Python refuses of asyncio
// (docs/python.md, "Not supported"): each program fails with exit status 1
// and a NotImplementedError whose message names the feature and says "is not
// supported by casyncio's Python", with the program's own line in the
// traceback; never an AttributeError or silently different output.  Run
// natively (build/native/casyncio-python) and in wasm (node web/cli.mjs run).
//
//   node --test tests/python/asyncio-refused.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, cleanEnv } from './corpus.mjs';

const bin = join(root, 'build', 'native', 'casyncio-python');
const cli = join(root, 'web', 'cli.mjs');
const runners = {
  native: existsSync(bin) ? (file) => [bin, [file]] : null,
  wasm: existsSync(join(root, 'dist', 'python.wasm')) ? (file) => [process.execPath, [cli, 'run', file]] : null,
};
const dir = mkdtempSync(join(tmpdir(), 'pyrefused-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// name: [program, the last line of stderr]
const cases = {
  cmath_trigonometry: [`
import cmath
print(cmath.sqrt(-4))
print(cmath.sin(1j))
`, "NotImplementedError: cmath.sin is not supported by casyncio's Python"],
  complex_subclass: [`
class Money(complex):
    pass
`, "NotImplementedError: subclassing built-in type 'complex' is not supported by casyncio's Python"],
  cmath_special_values: [`
import cmath
print(cmath.sqrt(complex('inf')))
`, "NotImplementedError: cmath.sqrt() of an infinite or nan number is not supported by casyncio's Python"],
  random_SystemRandom: [`
import random
random.seed(1)
r = random.SystemRandom()
print(r.randint(1, 6))
`, "NotImplementedError: random.SystemRandom() is not supported by casyncio's Python"],
  tb_frame: [`
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno)
    print(e.__traceback__.tb_frame.f_lineno)
    print(e.__traceback__.tb_lasti)
`, "NotImplementedError: a traceback's tb_lasti (bytecode offsets) is not supported by casyncio's Python"],
  task_get_stack: [`
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(0.1))
    await asyncio.sleep(0)
    print(t.get_stack())
asyncio.run(main())
`, "NotImplementedError: Task.get_stack() of a task whose coroutine was made in C is not supported by casyncio's Python"],
  task_print_stack_running: [`
import asyncio
async def main():
    asyncio.current_task().print_stack()
asyncio.run(main())
`, "NotImplementedError: Task.get_stack() and print_stack() of the task that runs (its callers are CPython's event loop's frames) are not supported by casyncio's Python"],
  coroutine_frame: [`
import asyncio
async def main():
    c = asyncio.sleep(0)
    print(c.cr_running)
    print(c.cr_frame)
asyncio.run(main())
`, "NotImplementedError: the frame of a coroutine made in C (asyncio.sleep()...) is not supported by casyncio's Python"],
  coroutine_await_suspended: [`
import asyncio
async def ag():
    await asyncio.sleep(1)
    yield 1
async def inner():
    await anext(ag())
async def main():
    c = inner()
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(c.cr_suspended)
    print(c.cr_await)
asyncio.run(main())
`, "NotImplementedError: what a suspended coroutine awaits (gi_yieldfrom, cr_await, ag_await) is not supported by casyncio's Python"],
  task_factory_before_run: [`
import asyncio
loop = asyncio.new_event_loop()
loop.set_task_factory(lambda loop, coro: asyncio.Task(coro, loop=loop))
task = loop.create_task(asyncio.sleep(0))
`, "NotImplementedError: loop.create_task() of a loop with a task factory before it runs is not supported by casyncio's Python"],
  event_loop_policy_own: [`
import asyncio
class MyPolicy(asyncio.DefaultEventLoopPolicy):
    pass
asyncio.set_event_loop_policy(MyPolicy())
`, "NotImplementedError: an event loop policy of the program's own (set_event_loop_policy()) is not supported by casyncio's Python"],
  stream_writer: [`
import asyncio
async def main():
    writer = asyncio.StreamWriter(None, None, None, None)
asyncio.run(main())
`, "NotImplementedError: asyncio.StreamWriter (streams and sockets) is not supported by casyncio's Python"],
  loop_remove_reader: [`
import asyncio
async def main():
    asyncio.get_running_loop().remove_reader(0)
asyncio.run(main())
`, "NotImplementedError: loop.remove_reader() is not supported by casyncio's Python"],
  subclass_task_cancel: [`
import asyncio
class LoggingTask(asyncio.Task):
    def cancel(self, msg=None):
        print('cancelling', self.get_name())
        return super().cancel(msg)
`, "NotImplementedError: a subclass of asyncio.Task that defines cancel() is not supported by casyncio's Python"],
  subclass_future_done: [`
import asyncio
class Flag(asyncio.Future):
    def done(self):
        return True
`, "NotImplementedError: a subclass of asyncio.Future that defines done() is not supported by casyncio's Python"],
  subclass_task_before_loop: [`
import asyncio
class Named(asyncio.Task):
    pass
async def main():
    pass
loop = asyncio.new_event_loop()
task = Named(main())
`, "NotImplementedError: a task of a class derived from asyncio.Task made before its event loop runs is not supported by casyncio's Python (make it inside a coroutine)"],
  subclass_map: [`
class Squares(map):
    pass
`, "NotImplementedError: subclassing built-in type 'map' is not supported by casyncio's Python"],
  inspect_getsource_library: [`
import inspect, asyncio
print(inspect.getsource(asyncio.Queue))
`, "NotImplementedError: inspect.getsource() of the library's code is not supported by casyncio's Python"],
  inspect_stack_repr: [`
import inspect
print(inspect.currentframe().f_code.co_name)
print(inspect.stack())
`, "NotImplementedError: the positions of a frame's line (columns) are not supported by casyncio's Python"],
  types_coroutine_of_a_method: [`
import types
class Legacy:
    def gen(self):
        yield
types.coroutine(Legacy().gen)()
`, "NotImplementedError: types.coroutine() of a function that returns a generator (a generator-based coroutine: write 'async def') is not supported by casyncio's Python"],
  isinstance_typing_form: [`
import typing
print(isinstance([], typing.Iterable))
print(isinstance([], typing.Any))
`, "NotImplementedError: isinstance() with typing.Any is not supported by casyncio's Python (use the class: list, dict, collections.abc.Iterable...)"],
  bytes_str_methods: [`
data = "a,b".encode()
print(data.decode().split(","))
print(data.split(b","), data.upper().startswith(b"A"))
print(memoryview(data))
`, "NotImplementedError: memoryview is not supported by casyncio's Python"],
  import_of_the_library: [`
import math
import pickle
`, "ModuleNotFoundError: module 'pickle' is not supported by casyncio's Python"],
  json_scanner: [`
from json.decoder import JSONDecodeError
print(JSONDecodeError.__name__)
from json.scanner import py_make_scanner
`, "ModuleNotFoundError: module 'json.scanner' is not supported by casyncio's Python"],
  asyncio_run_in_a_thread: [`
import asyncio
async def job():
    pass
def in_thread():
    c = job()
    try:
        asyncio.run(c)
    finally:
        c.close()
async def main():
    await asyncio.to_thread(in_thread)
asyncio.run(main())
`, "NotImplementedError: asyncio.run() in a thread (to_thread, run_in_executor) is not supported by casyncio's Python"],
  process_pool: [`
import asyncio, concurrent.futures
async def main():
    with concurrent.futures.ProcessPoolExecutor() as pool:
        await asyncio.get_running_loop().run_in_executor(pool, print, 'x')
asyncio.run(main())
`, "NotImplementedError: concurrent.futures.ProcessPoolExecutor (processes) is not supported by casyncio's Python"],
  asyncio_run_beside_a_thread: [`
import asyncio, threading, time
t = threading.Thread(target=time.sleep, args=(1,))
t.start()
async def main():
    pass
asyncio.run(main())
`, "NotImplementedError: an event loop run (asyncio.run, run_until_complete) while a thread started outside it is alive is not supported by casyncio's Python: join() the threads first"],
  thread_beside_a_kept_loop: [`
import asyncio, threading
loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.sleep(0))
threading.Thread(target=print, args=('x',)).start()
`, "NotImplementedError: a thread started outside asyncio while an event loop of the program's is kept between its runs is not supported by casyncio's Python"],
  subprocess: [`
import asyncio
async def main():
    await asyncio.create_subprocess_exec('ls')
asyncio.run(main())
`, "NotImplementedError: asyncio.create_subprocess_exec() (subprocesses) is not supported by casyncio's Python"],
  subprocess_constants: [`
import asyncio
async def main():
    proc = await asyncio.create_subprocess_shell('ls', stdout=asyncio.subprocess.PIPE)
asyncio.run(main())
`, "ModuleNotFoundError: module 'asyncio.subprocess' is not supported by casyncio's Python"],
  os_path_getsize: [`
import os
print(os.path.join('a', 'b'))
print(os.path.exists('a/b'))
print(os.path.getsize('a/b'))
`, "NotImplementedError: posixpath.getsize is not supported by casyncio's Python"],
  os_listdir: [`
import os
print(os.getpid() > 0)
print(os.listdir('.'))
`, "NotImplementedError: os.listdir is not supported by casyncio's Python"],
  os_from_import: [`
from os import listdir
print(listdir())
`, "NotImplementedError: os.listdir is not supported by casyncio's Python"],
  os_kill_another_process: [`
import os, signal
os.kill(os.getpid() + 1, signal.SIGTERM)
`, "NotImplementedError: os.kill() of another process than the program's own is not supported by casyncio's Python"],
  signal_default_ends_the_program: [`
import os, signal
signal.signal(signal.SIGUSR1, print)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGTERM)
`, "NotImplementedError: ending the program by SIGTERM (its handler is SIG_DFL) is not supported by casyncio's Python"],
  sys_getsizeof: [`
import sys
print(sys.getsizeof([]))
`, "NotImplementedError: sys.getsizeof is not supported by casyncio's Python"],
  sys_executable_from_import: [`
from sys import flags
print(flags.optimize)
from sys import executable
`, "NotImplementedError: sys.executable is not supported by casyncio's Python"],
  gc_get_count: [`
import gc
print(gc.get_count())
`, "NotImplementedError: gc.get_count is not supported by casyncio's Python"],
  io_bytesio_from_import: [`
from io import StringIO, BytesIO
print(BytesIO(b'abc').read())
`, "NotImplementedError: io.BytesIO is not supported by casyncio's Python"],
  time_clock_gettime: [`
import time
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0)
`, "NotImplementedError: time.clock_gettime is not supported by casyncio's Python"],
  logging_record_factory: [`
import logging
old = logging.getLogRecordFactory()
`, "NotImplementedError: logging.getLogRecordFactory is not supported by casyncio's Python"],
  random_constant: [`
import random
print(random.TWOPI)
`, "NotImplementedError: random.TWOPI is not supported by casyncio's Python"],
  help_class: [`
import asyncio
help(asyncio.Queue)
`, "NotImplementedError: help() of a class or a module (pydoc) is not supported by casyncio's Python"],
  help_topic: [`
help('asyncio')
`, "NotImplementedError: help() of a name or a topic (pydoc) is not supported by casyncio's Python"],
  memoryview_builtin: [`
print(memoryview(b'abc')[0])
`, "NotImplementedError: memoryview is not supported by casyncio's Python"],
  os_exit: [`
import os
os._exit(3)
`, "NotImplementedError: os._exit is not supported by casyncio's Python"],
  asyncio_private_api: [`
import asyncio
print('_enter_task' in asyncio.__all__, '_enter_task' in dir(asyncio))
asyncio.tasks._enter_task
`, "NotImplementedError: asyncio._enter_task is not supported by casyncio's Python"],
  traceback_clear_frames: [`
import sys
import traceback
traceback.clear_frames(sys._getframe())
`, "NotImplementedError: traceback.clear_frames() is not supported by casyncio's Python"],
  traceback_exception_class: [`
import traceback
try:
    1 / 0
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
`, "NotImplementedError: traceback.TracebackException.from_exception() is not supported by casyncio's Python"],
  typing_paramspec: [`
from typing import Callable, ParamSpec
P = ParamSpec('P')
`, "NotImplementedError: typing.ParamSpec is not supported by casyncio's Python"],
  calendar_html: [`
import calendar
print(calendar.HTMLCalendar().formatmonth(2024, 1))
`, "NotImplementedError: calendar.HTMLCalendar is not supported by casyncio's Python"],
  subprocess_attribute: [`
import asyncio
print(asyncio.subprocess.PIPE)
`, "ModuleNotFoundError: module 'asyncio.subprocess' is not supported by casyncio's Python"],
  streams: [`
import asyncio
async def main():
    reader, writer = await asyncio.open_connection('example.com', 80)
asyncio.run(main())
`, "NotImplementedError: asyncio.open_connection() (streams and sockets) is not supported by casyncio's Python"],
  server: [`
import asyncio
async def main():
    await asyncio.start_server(print, 'localhost', 8080)
asyncio.run(main())
`, "NotImplementedError: asyncio.start_server() (streams and sockets) is not supported by casyncio's Python"],
  sockets: [`
import asyncio
async def main():
    await asyncio.get_running_loop().create_connection(None, 'localhost', 80)
asyncio.run(main())
`, "NotImplementedError: loop.create_connection() is not supported by casyncio's Python"],
  loop_run_again_after_another_loop_ran: [`
import asyncio
async def bg():
    await asyncio.sleep(1)
async def main():
    return asyncio.create_task(bg())
loop = asyncio.get_event_loop()
t = loop.run_until_complete(main())
asyncio.run(asyncio.sleep(0))
loop.run_until_complete(t)
`, "NotImplementedError: running an event loop again after another loop ran while it had tasks pending is not supported by casyncio's Python"],
  task_of_a_loop_that_never_ran_awaited: [`
import asyncio
async def job():
    pass
loop = asyncio.new_event_loop()
t = loop.create_task(job())
async def main():
    await t
asyncio.run(main())
`, "NotImplementedError: this use of a Task before its loop runs is not supported by casyncio's Python"],
};

for (const [runner, argv] of Object.entries(runners)) {
  for (const [name, [src, last]] of Object.entries(cases)) {
    test(`${runner}: ${name} is refused by name`, { skip: argv ? false : `${runner} is not built` }, () => {
      const file = join(dir, `${name}.py`);
      writeFileSync(file, src.trimStart());
      const [exe, args] = argv(file);
      const r = spawnSync(exe, args, { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 20000 });
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stderr.trimEnd().split('\n');
      // the traceback's last line (what exit logs may follow it: a task never run destroyed)
      assert.ok(lines.includes(last), r.stderr);
      assert.equal(lines[0], 'Traceback (most recent call last):');
      assert.match(r.stderr, new RegExp(`File "${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}", line \\d+, in `));
    });
  }
}

// A program file in an encoding CPython reads and casyncio does not (its
// coding line names cp1252, and the text holds a byte other than ASCII):
// CPython's SyntaxError without a place, naming the encoding; the same file
// in ASCII runs, as it does under CPython.
for (const [runner, argv] of Object.entries(runners)) {
  test(`${runner}: a program in cp1252 is refused by name`, { skip: argv ? false : `${runner} is not built` }, () => {
    const file = join(dir, 'cp1252.py');
    writeFileSync(file, Buffer.concat([Buffer.from('# coding: cp1252\nprint("'), Buffer.from([0x80]), Buffer.from('")\n')]));
    let r = spawnSync(...argv(file), { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 20000 });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "SyntaxError: encoding problem: cp1252 is not supported by casyncio's Python (it reads UTF-8, Latin-1 and ASCII source)\n");
    writeFileSync(file, '# coding: cp1252\nprint("euro")\n');
    r = spawnSync(...argv(file), { cwd: dir, encoding: 'utf8', env: cleanEnv(), timeout: 20000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'euro\n');
  });
}
