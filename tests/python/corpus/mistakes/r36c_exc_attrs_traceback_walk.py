# counting how deep an error happened by walking its traceback
def a(n):
    return b(n) + 1

def b(n):
    return c(n) * 2

def c(n):
    return 10 // n

try:
    a(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0)
        tb = tb.tb_next
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
    raise
