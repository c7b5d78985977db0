# sys.unraisablehook: what it is given, the default one, and a hook that fails
import atexit
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError(f'cannot close {self.name}')


def collect(unraisable):
    print('hook:', type(unraisable).__name__, unraisable.err_msg,
          unraisable.exc_type.__name__, unraisable.exc_value,
          type(unraisable.exc_traceback).__name__, unraisable.object.__qualname__)


print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
sys.unraisablehook = collect
Resource('collected')


class FailingHook:
    def __call__(self, unraisable):
        return 1 / 0

    def __repr__(self):
        return '<failing hook>'


sys.unraisablehook = FailingHook()
Resource('failing hook')
sys.unraisablehook = collect


def at_exit():
    raise ValueError('at exit')


atexit.register(at_exit)
print('end')
