# (e) The factorial exercise, timed: runs tutorials/factorial/program.py
# (given as argv[1]) as __main__, reps times, and reports each wall time.
# Its input comes from CASYNCIO_INPUT as in the tutorial; the default is
# [5, 7, 3, 6].  Under Pyodide the runner times the program itself.
# usage: factorial.py path/to/program.py reps  ->  RESULT wall_s=...
import contextlib
import io
import runpy
import sys
import time

path = sys.argv[1]
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for _ in range(reps):
    out = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(out):
        runpy.run_path(path, run_name='__main__')
    elapsed = time.perf_counter() - t0
    if 'Main - Done' not in out.getvalue():
        sys.exit('factorial: the program did not finish: ' + out.getvalue())
    print(f'RESULT wall_s={elapsed:.9g}', flush=True)
