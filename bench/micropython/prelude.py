# Prepended to a bench/python program run under MicroPython (bench/run.mjs,
# through the port's own CLI, which runs its files one after the other as
# one program).  MicroPython's time module has no perf_counter; its ticks
# count whole ms in this port, so perf_counter reads the host's
# performance.now() (microseconds) through the port's js module.
import sys as _sys, js as _js, time as _time


class _Time:
    pass


_t = _Time()
for _k in dir(_time):
    if not _k.startswith("__"):
        setattr(_t, _k, getattr(_time, _k))
_t.perf_counter = lambda: _js.performance.now() / 1000
_sys.modules["time"] = _t
del _t, _k, _Time, _time
