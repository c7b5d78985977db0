# Frame objects: sys._getframe, inspect.currentframe, gi_frame, tb_frame
import sys, inspect, traceback

def who():
    return sys._getframe(1).f_code.co_name

def outer():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_globals is globals())
    print(who(), inspect.currentframe().f_code.co_name)
    x = 5
    print(sorted(sys._getframe().f_locals))
    return f

f = outer()
print(f.f_back.f_back, f.f_lineno, type(f).__name__)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)

def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield 2

g = gen()
print(g.gi_frame.f_lineno, g.gi_frame is g.gi_frame, next(g), g.gi_frame.f_lineno, g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_lineno, list(g), g.gi_frame)

def boom(a):
    b = a * 2
    raise ValueError(b)

try:
    boom(21)
except ValueError as e:
    for frame, line in traceback.walk_tb(e.__traceback__):
        if frame.f_code.co_name == 'boom':
            print(frame.f_code.co_name, line, frame.f_locals)
        else:
            print(frame.f_code.co_name, line)
    print(e.__traceback__.tb_next.tb_frame is e.__traceback__.tb_next.tb_frame)
