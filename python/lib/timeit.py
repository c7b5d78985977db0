# python/lib/timeit.py
#
# The timeit module, as CPython's Lib/timeit.py writes it (Timer with its
# timeit, repeat and autorange, the module's timeit and repeat, default_timer):
# a statement given as text is compiled into a function with CPython's
# template (run by exec: no compile(), so the statement's errors show as
# "<string>"'s, and a SyntaxError in it points into the template); the garbage collector is left on (casyncio's frees most objects
# by their counts, gc.disable() does not change what is timed).  Not its
# command line (main).  Under --clock virtual, perf_counter moves only with
# sleeps: a statement that does not sleep takes 0.0 s there (and autorange
# stops once the statement has run for 0.2 s of CPU time).
#
# A library module (python/python.mk PYLIB): frozen into the native
# interpreter, a file of its own beside python.wasm.
import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter
dummy_src_name = '<timeit-src>'

_globals = globals

template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""

def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)

class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # the code compiles outside a function (CPython's checks, whose SyntaxErrors show it as written)
            compile(setup, dummy_src_name, 'exec')
            if isinstance(stmt, str):
                compile(setup + '\n' + stmt, dummy_src_name, 'exec')
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            if not isinstance(setup, str):
                compile(stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        exec(compile(src, dummy_src_name, 'exec'), global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                cpu = time.process_time()
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
                # under --clock virtual a statement that does not sleep
                # takes 0.0 s: its 0.2 s of work (CPU time) ends the search
                if time_taken == 0 and time.process_time() - cpu >= 0.2:
                    return (number, time_taken)
            i *= 10

def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)

def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
